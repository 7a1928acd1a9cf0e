/**
 * UI wording per label language. Each concept has a few variants as different apps word it; a
 * design asks `ctx.label("total")` and gets one variant, drawn once per sample and concept, so a
 * screen stays consistent while the corpus varies. Designs with wording of their own just write it.
 */
import type { Language } from "./locales";

type Variants = Record<Language, readonly string[]>;

export const LABELS = {
  total: {
    en: ["Total", "Total amount", "Amount paid", "Grand total", "Total paid"],
    de: ["Gesamt", "Gesamtbetrag", "Summe", "Bezahlt"],
    fr: ["Total", "Montant total", "Total payé", "Montant réglé"],
    ja: ["合計", "お支払い金額", "支払金額", "ご請求額", "合計金額"],
    ko: ["합계", "총 결제금액", "결제금액", "총액"],
    zh: ["總計", "合計", "付款金額", "實付金額"],
  },
  amount: {
    en: ["Amount", "Amount"],
    de: ["Betrag"],
    fr: ["Montant"],
    ja: ["金額", "支払い金額"],
    ko: ["금액", "결제금액"],
    zh: ["金額", "交易金額"],
  },
  subtotal: {
    en: ["Subtotal", "Sub-total", "Items total"],
    de: ["Zwischensumme", "Warenwert"],
    fr: ["Sous-total"],
    ja: ["小計"],
    ko: ["소계", "상품금액"],
    zh: ["小計"],
  },
  tax: {
    en: ["Tax", "Sales tax", "VAT", "GST", "SST"],
    de: ["MwSt.", "USt.", "inkl. MwSt."],
    fr: ["TVA", "dont TVA"],
    ja: ["消費税", "(内)消費税", "税額"],
    ko: ["부가세", "부가가치세"],
    zh: ["營業稅", "稅額"],
  },
  date: {
    en: ["Date", "Transaction date", "Date & time", "Paid on"],
    de: ["Datum", "Buchungsdatum", "Datum & Uhrzeit"],
    fr: ["Date", "Date de l'opération", "Date et heure"],
    ja: ["日時", "お支払い日時", "取引日時", "決済日時"],
    ko: ["일시", "결제일시", "거래일시"],
    zh: ["日期", "交易時間", "付款時間"],
  },
  merchant: {
    en: ["Merchant", "Paid to", "Store", "Payee"],
    de: ["Händler", "Empfänger", "Geschäft"],
    fr: ["Commerçant", "Bénéficiaire", "Marchand"],
    ja: ["お支払い先", "加盟店", "店舗", "利用先"],
    ko: ["가맹점", "결제처", "상호"],
    zh: ["商店", "特約商店", "付款對象"],
  },
  paymentMethod: {
    en: ["Payment method", "Paid with", "Funding source", "Card"],
    de: ["Zahlungsart", "Bezahlt mit", "Zahlungsmittel"],
    fr: ["Moyen de paiement", "Payé avec", "Mode de paiement"],
    ja: ["支払い方法", "お支払い方法", "決済方法"],
    ko: ["결제수단", "결제 방법"],
    zh: ["付款方式", "支付方式"],
  },
  reference: {
    en: ["Reference", "Transaction ID", "Ref. no.", "Receipt no.", "Confirmation #"],
    de: ["Referenz", "Transaktions-ID", "Belegnummer"],
    fr: ["Référence", "N° de transaction", "N° d'autorisation"],
    ja: ["取引番号", "決済番号", "受付番号", "伝票番号"],
    ko: ["승인번호", "거래번호", "주문번호"],
    zh: ["交易序號", "交易編號", "授權碼"],
  },
  orderNumber: {
    en: ["Order #", "Order number", "Order ID"],
    de: ["Bestellnummer", "Bestell-Nr."],
    fr: ["N° de commande", "Commande n°"],
    ja: ["注文番号", "ご注文番号"],
    ko: ["주문번호"],
    zh: ["訂單編號"],
  },
  paymentComplete: {
    en: ["Payment complete", "Payment successful", "You paid", "Paid"],
    de: ["Zahlung erfolgreich", "Bezahlt", "Zahlung abgeschlossen"],
    fr: ["Paiement effectué", "Paiement réussi", "Payé"],
    ja: ["支払い完了", "お支払いが完了しました", "決済完了"],
    ko: ["결제 완료", "결제가 완료되었습니다"],
    zh: ["付款成功", "交易完成", "支付完成"],
  },
  transactions: {
    en: ["Transactions", "Activity", "History", "Recent activity"],
    de: ["Umsätze", "Transaktionen", "Aktivität"],
    fr: ["Opérations", "Transactions", "Historique"],
    ja: ["利用履歴", "取引履歴", "ご利用明細", "入出金明細"],
    ko: ["이용내역", "거래내역", "결제내역"],
    zh: ["交易紀錄", "消費明細", "帳戶明細"],
  },
  balance: {
    en: ["Available balance", "Balance", "Current balance", "Wallet balance"],
    de: ["Verfügbarer Saldo", "Kontostand", "Guthaben"],
    fr: ["Solde disponible", "Solde", "Solde actuel"],
    ja: ["残高", "利用可能残高", "口座残高"],
    ko: ["잔액", "사용 가능 잔액", "계좌 잔액"],
    zh: ["餘額", "可用餘額", "帳戶餘額"],
  },
  points: {
    en: ["Points earned", "Rewards earned", "You earned"],
    de: ["Gesammelte Punkte", "Punkte erhalten"],
    fr: ["Points gagnés", "Points cumulés"],
    ja: ["獲得ポイント", "ポイント付与予定", "進呈ポイント"],
    ko: ["적립 포인트", "포인트 적립 예정"],
    zh: ["獲得點數", "回饋點數"],
  },
  fee: {
    en: ["Fee", "Transfer fee", "Service fee"],
    de: ["Gebühr", "Überweisungsgebühr"],
    fr: ["Frais", "Frais de virement"],
    ja: ["手数料", "振込手数料"],
    ko: ["수수료", "이체 수수료"],
    zh: ["手續費", "轉帳手續費"],
  },
  done: {
    en: ["Done", "Close", "Back to home"],
    de: ["Fertig", "Schließen", "Zur Startseite"],
    fr: ["Terminé", "Fermer", "Retour à l'accueil"],
    ja: ["閉じる", "完了", "ホームへ戻る"],
    ko: ["확인", "닫기", "홈으로"],
    zh: ["完成", "關閉", "返回首頁"],
  },
  details: {
    en: ["Payment details", "Transaction details", "Order details", "Receipt"],
    de: ["Zahlungsdetails", "Umsatzdetails", "Bestelldetails", "Beleg"],
    fr: ["Détails du paiement", "Détail de l'opération", "Détails de la commande", "Reçu"],
    ja: ["お支払い詳細", "取引詳細", "ご利用明細", "注文詳細"],
    ko: ["결제 상세", "거래 상세", "주문 상세", "영수증"],
    zh: ["交易明細", "付款詳情", "訂單明細", "電子收據"],
  },
  status: {
    en: ["Status", "Status"],
    de: ["Status"],
    fr: ["Statut", "État"],
    ja: ["ステータス", "状態"],
    ko: ["상태", "처리 상태"],
    zh: ["狀態", "交易狀態"],
  },
  completed: {
    en: ["Completed", "Successful", "Settled"],
    de: ["Abgeschlossen", "Erfolgreich", "Gebucht"],
    fr: ["Effectué", "Réussi", "Terminé"],
    ja: ["完了", "支払い済み", "決済済み"],
    ko: ["완료", "승인 완료"],
    zh: ["成功", "已完成", "交易成功"],
  },
} as const satisfies Record<string, Variants>;

export type LabelKey = keyof typeof LABELS;

/** Tab-bar entries (distractor text at the bottom of list screens). */
export const TAB_BARS: Record<Language, readonly (readonly string[])[]> = {
  en: [
    ["Home", "Payments", "Cards", "Profile"],
    ["Home", "Activity", "Scan", "Rewards", "Account"],
  ],
  de: [
    ["Start", "Zahlungen", "Karten", "Profil"],
    ["Übersicht", "Umsätze", "Scannen", "Mehr"],
  ],
  fr: [
    ["Accueil", "Paiements", "Cartes", "Profil"],
    ["Accueil", "Activité", "Scanner", "Plus"],
  ],
  ja: [
    ["ホーム", "支払う", "履歴", "アカウント"],
    ["ホーム", "明細", "スキャン", "ポイント", "メニュー"],
  ],
  ko: [
    ["홈", "결제", "혜택", "전체"],
    ["홈", "내역", "스캔", "포인트", "더보기"],
  ],
  zh: [
    ["首頁", "付款", "明細", "我的"],
    ["首頁", "交易紀錄", "掃描", "優惠", "設定"],
  ],
};
