/**
 * The words the rules look for, English and Japanese, in normalised form (half-width, no
 * spaces between Japanese characters). Kept in one place so that a missed label is a one-line
 * fix. Within a list, longer and more specific phrases come first.
 */

/** Labels of the amount actually paid, with how strongly each one means "the total". */
export const TOTAL_LABELS: ReadonlyArray<readonly [string, number]> = [
  ["amount paid", 5],
  ["you paid", 5],
  ["total paid", 5],
  ["paid amount", 5],
  ["payment amount", 5],
  ["amount charged", 5],
  ["grand total", 5],
  ["total amount", 5],
  ["total due", 4],
  ["amount due", 4],
  ["order total", 4],
  ["total", 4],
  ["お支払い金額", 5],
  ["お支払金額", 5],
  ["支払い金額", 5],
  ["支払金額", 5],
  ["お支払い合計", 5],
  ["お支払合計", 5],
  ["ご利用金額", 5],
  ["利用金額", 4],
  ["決済金額", 5],
  ["ご請求金額", 5],
  ["請求金額", 4],
  ["合計金額", 5],
  ["総合計", 5],
  ["お会計", 4],
  ["領収金額", 5],
  ["お買上計", 4],
  ["お買上げ計", 4],
  ["お買い上げ計", 4],
  ["ご請求額", 4],
  ["合計", 4],
  ["支払額", 4],
  ["amount", 2],
  ["金額", 2],
];

/**
 * Rows whose amount is never the total: subtotal, tax, change, tendered, balance, discounts,
 * points, tips. Checked before the total labels because `Subtotal` contains `total`.
 */
export const NOT_TOTAL_WORDS: readonly string[] = [
  "subtotal",
  "sub total",
  "sub-total",
  "小計",
  "tax",
  "vat",
  "gst",
  "消費税",
  "内税",
  "外税",
  "税額",
  "税等",
  "対象",
  "change",
  "お釣り",
  "お釣",
  "おつり",
  "釣銭",
  "釣り銭",
  "tendered",
  "cash received",
  "お預り",
  "お預かり",
  "預り",
  "預かり",
  "balance",
  "残高",
  "available",
  "remaining",
  "discount",
  "割引",
  "値引",
  "クーポン",
  "coupon",
  "points",
  "point",
  "ポイント",
  "tip",
  "gratuity",
  "チップ",
  "you saved",
  "savings",
  "shipping",
  "delivery fee",
  "送料",
];

/** Phrases that mention tax while labelling a tax-inclusive total (`合計(税込)`). */
export const TAX_INCLUDED = /incl(?:uding|\.)? ?(?:all )?tax(?:es)?|tax(?:es)? incl\w*\.?|税込み?|内税込/gi;

/** Labels whose value is the merchant. */
export const MERCHANT_LABELS: readonly string[] = [
  "merchant name",
  "merchant",
  "store name",
  "store",
  "shop",
  "paid to",
  "payee",
  "sent to",
  "to",
  "店舗名",
  "利用店舗",
  "ご利用店舗",
  "ご利用先",
  "利用先",
  "加盟店名",
  "加盟店",
  "支払い先",
  "支払先",
  "お支払い先",
  "お支払先",
  "店舗",
  "店名",
  "お店",
];

/** Labels whose value is the payment method. */
export const PAYMENT_METHOD_LABELS: readonly string[] = [
  "payment method",
  "payment type",
  "paid with",
  "paid by",
  "pay with",
  "payment",
  "card",
  "お支払い方法",
  "お支払方法",
  "支払い方法",
  "支払方法",
  "決済方法",
  "決済手段",
  "支払手段",
  "お支払い手段",
];

/** Labels whose value is the transaction reference. */
export const REFERENCE_LABELS: readonly string[] = [
  "transaction id",
  "transaction no",
  "transaction number",
  "transaction #",
  "reference number",
  "reference no",
  "reference",
  "ref no",
  "ref",
  "receipt number",
  "receipt no",
  "receipt #",
  "order number",
  "order no",
  "order id",
  "order #",
  "confirmation number",
  "confirmation",
  "approval code",
  "invoice no",
  "invoice #",
  "取引番号",
  "決済番号",
  "取引ID",
  "決済ID",
  "注文番号",
  "伝票番号",
  "レシート番号",
  "レシートNo",
  "受付番号",
  "承認番号",
  "取引No",
  "お取引番号",
  "管理番号",
];

/** Labels of the date (or date and time) of a payment. */
export const DATE_LABELS: readonly string[] = [
  "date & time",
  "date and time",
  "date",
  "paid on",
  "transaction date",
  "日時",
  "日付",
  "取引日時",
  "決済日時",
  "お支払い日時",
  "支払日時",
  "ご利用日時",
  "利用日時",
  "ご利用日",
  "利用日",
  "取引日",
];

/** Card brands, whose masked last digits may follow (`Visa •••• 4242`). */
export const CARD_BRANDS = "visa|master ?card|amex|american express|jcb|diners(?: club)?|discover|union ?pay";

/**
 * Payment methods recognisable anywhere on a receipt, even without a label: a card brand with
 * its masked digits (a short unreadable mask such as `es` or `*。` between them included),
 * wallets, transit cards, cash.
 */
export const PAYMENT_METHOD_PATTERN = new RegExp(
  String.raw`\b(?:${CARD_BRANDS})\b(?:[\s•*·●.x。]*(?:[^\s\d]{1,4}\s+)?(?:ending (?:in )?)?\d{4}\b)?` +
    "|apple ?pay|google ?pay|paypay(?:残高|カード|クレジット)?|楽天ペイ|楽天edy|d払い|au ?pay|メルペイ|line ?pay" +
    "|交通系 ?[i1l|]c|suica|pasmo|icoca|quicpay|nanaco|waon|クレジットカード|クレジット|デビットカード|電子マネー" +
    String.raw`|現金|\bcash\b|\b(?:credit|debit) card\b`,
  "i",
);

/** The `iD` wallet, matched with its case so that the `ID` of `Transaction ID` is not it. */
export const ID_WALLET_PATTERN = /(?<![A-Za-z])iD(?![A-Za-z])/;

/**
 * Text that is screen furniture rather than content: titles, status messages, buttons.
 * Matched against a whole row (lower-case, without trailing punctuation).
 */
export const UI_PHRASES: readonly string[] = [
  "payment successful",
  "payment complete",
  "payment completed",
  "payment sent",
  "payment received",
  "payment details",
  "transaction details",
  "transaction complete",
  "order details",
  "order placed",
  "order confirmed",
  "order complete",
  "purchase complete",
  "payment approved",
  "transaction approved",
  "approved",
  "注文完了",
  "ご注文完了",
  "ご注文ありがとうございます",
  "receipt",
  "e-receipt",
  "your receipt",
  "details",
  "done",
  "close",
  "share",
  "back",
  "ok",
  "thank you",
  "thanks",
  "thank you for your purchase",
  "thank you for your order",
  "paid",
  "success",
  "completed",
  "complete",
  "sent",
  "支払い完了",
  "支払完了",
  "お支払い完了",
  "決済完了",
  "お支払いが完了しました",
  "支払いが完了しました",
  "決済が完了しました",
  "完了",
  "閉じる",
  "戻る",
  "詳細",
  "取引詳細",
  "決済詳細",
  "利用詳細",
  "ご利用明細",
  "明細",
  "領収書",
  "領収証",
  "レシート",
  "電子レシート",
  "ありがとうございました",
  "ありがとうございます",
  "毎度ありがとうございます",
  "いらっしゃいませ",
  "またのご来店をお待ちしております",
  "共有",
  "送金完了",
];

/** Words saying a list row is money coming in. */
export const INCOMING_WORDS: readonly string[] = [
  "refund",
  "refunded",
  "deposit",
  "salary",
  "payroll",
  "interest",
  "cashback",
  "cash back",
  "received",
  "transfer from",
  "入金",
  "給与",
  "給料",
  "賞与",
  "振込入金",
  "返金",
  "払戻",
  "払い戻し",
  "利息",
  "受取",
  "キャッシュバック",
  "チャージ取消",
  "返品",
  "取消",
  "取り消し",
  "キャンセル",
  "cancelled",
  "reversal",
];

/** Words saying a list row is money going out. */
export const OUTGOING_WORDS: readonly string[] = [
  "withdrawal",
  "purchase",
  "payment",
  "debit",
  "atm",
  "fee",
  "出金",
  "引出",
  "引落",
  "引き落とし",
  "支払",
  "お支払い",
  "振込手数料",
  "手数料",
  "購入",
];

/** Words of a transaction list's title or header. */
export const LIST_WORDS: readonly string[] = [
  "transactions",
  "transaction history",
  "recent transactions",
  "activity",
  "recent activity",
  "history",
  "statement",
  "入出金明細",
  "入出金",
  "取引履歴",
  "利用履歴",
  "ご利用履歴",
  "支払い履歴",
  "履歴",
  "明細一覧",
  "利用明細",
  "カード利用",
];

/** Column headers (or row labels) of a running balance. */
export const BALANCE_WORDS: readonly string[] = ["balance", "残高", "差引残高", "bal"];

/** Column headers of a money-out column in a statement table. */
export const OUT_COLUMN_WORDS: readonly string[] = [
  "withdrawals",
  "withdrawal",
  "debit",
  "debits",
  "paid out",
  "money out",
  "出金",
  "お引出",
  "お支払金額",
  "お支払い金額",
  "支払金額",
  "引出",
];

/** Column headers of a money-in column in a statement table. */
export const IN_COLUMN_WORDS: readonly string[] = [
  "deposits",
  "deposit",
  "credit",
  "credits",
  "paid in",
  "money in",
  "入金",
  "お預入",
  "お預り金額",
  "お預かり金額",
  "預入",
];

/** Rows of a list that summarise it (not a transaction). */
export const LIST_SUMMARY_WORDS: readonly string[] = [
  "total",
  "total spent",
  "spent this month",
  "合計",
  "ご利用合計",
  "利用合計",
  "ご請求額",
  "請求額",
  "今月のご利用",
  "お支払い予定",
  "支払予定",
  "件数",
  "available",
  "credit limit",
  "limit",
  "利用可能額",
  "ご利用可能額",
  "利用可能枠",
  "限度額",
  "current balance",
  "balance",
  "残高",
];

/** Column headers of a statement's date column. */
export const DATE_COLUMN_WORDS: readonly string[] = [
  "date",
  "日付",
  "ご利用日",
  "利用日",
  "取引日",
  "お取引日",
  "年月日",
];

/** Column headers of a statement's description column. */
export const DESCRIPTION_COLUMN_WORDS: readonly string[] = [
  "description",
  "details",
  "merchant",
  "payee",
  "摘要",
  "内容",
  "お取引内容",
  "取引内容",
  "ご利用先",
  "利用先",
  "ご利用店名",
  "利用店名",
];

/** Column headers of a signed (or single) amount column. */
export const AMOUNT_COLUMN_WORDS: readonly string[] = ["amount", "金額", "ご利用金額", "利用金額"];

/** Words only a single payment's receipt has (its summary rows and payment details). */
export const RECEIPT_WORDS: readonly string[] = [
  "subtotal",
  "小計",
  "tax",
  "消費税",
  "内税",
  "change",
  "お釣り",
  "おつり",
  "お預り",
  "お預かり",
  "tendered",
  "receipt",
  "領収",
  "レシート",
  "payment method",
  "paid with",
  "支払い方法",
  "支払方法",
  "お支払い方法",
  "お支払方法",
  "transaction id",
  "reference",
  "取引番号",
  "決済番号",
  "注文番号",
  "伝票番号",
];

/** Messages of a completed payment screen. */
export const SUCCESS_WORDS: readonly string[] = [
  "payment successful",
  "payment complete",
  "payment completed",
  "payment sent",
  "payment approved",
  "order placed",
  "order confirmed",
  "you paid",
  "支払い完了",
  "支払完了",
  "決済完了",
  "お支払いが完了",
  "支払いが完了",
  "決済が完了",
];
