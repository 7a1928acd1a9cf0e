/**
 * The payee named inside a sentence of a payment screen, in any app: transfer and payment
 * screens tell what happened in words (`You paid Priya Nair`, `Payment to Corner Deli`,
 * `ヤマダ タロウ さんに送金しました`, `김민준님에게 50,000원을 보냈어요`, `已轉帳給 陳小明`,
 * `Vous avez payé Camille Martin`), and order screens name the shop the same way (`Your order
 * from Burger Hub`, `Deine Bestellung bei Sushi Circle`, `松屋からのご注文`). Such a line reads as a status message, so the search for a
 * name row passes over it; the name in it is the payee.
 */
import { payeeOf } from "./list-payee";
import { findAmounts } from "./parse-amount";
import { withoutClosingStatus } from "./status-message";

/** A name as sentences carry it: letters first, short. */
const NAME = String.raw`(?<name>[\p{L}\p{N}][\p{L}\p{N}'&.\- ]{0,38}?)`;

/** Sentences with the payee after the verb or preposition, in Latin script (the name capitalised). */
const LATIN_BEFORE_NAME = new RegExp(
  String.raw`^(?:[Yy]ou (?:paid|sent(?: money)? to|transferred(?: money)? to)|(?:(?:[Pp]ayment|[Tt]ransfer)(?: of)?|[Mm]oney sent|[Ss]ent|[Zz]ahlung|[Üü]berweisung|[Gg]esendet|[Bb]ezahlt|[Pp]aiement|[Vv]irement|[Ee]nvoyé|[Pp]ayé) (?:to|an|à)|[Vv]ous avez (?:payé|envoyé(?: à)?|viré à)|(?:[Yy]our )?[Oo]rder from|(?:[Dd]eine|[Ii]hre) Bestellung (?:bei|von)|[Vv]otre commande (?:chez|de|auprès de)) (?=\p{Lu})${NAME}$`,
  "u",
);

/** `Du hast Lena Vogel Geld gesendet`: the German verb closes the sentence. */
const GERMAN_NAME_BEFORE_VERB = new RegExp(
  String.raw`^[Dd]u hast (?:an )?(?=\p{Lu})${NAME} (?:Geld )?(?:gesendet|bezahlt|überwiesen|geschickt)$`,
  "u",
);

/** `ヤマダ タロウ さんに送金しました`, `山田様へのお支払い`: the name before the particle. */
const JAPANESE = new RegExp(
  String.raw`^${NAME}\s*(?:さん|様|さま)?\s*(?:に|へ)(?:の)?\s*(?:送金|お?支払|送り|振込|振り込|お振込)`,
  "u",
);

/** `松屋 からのご注文`, `鼎泰豐より`: an order's shop before "from". */
const JAPANESE_ORDER = new RegExp(String.raw`^${NAME}\s*(?:から|より)の?\s*(?:ご?注文|お届け)`, "u");

/** `교촌치킨에서 주문한 내역`: the shop before "at", then "ordered". */
const KOREAN_ORDER = new RegExp(String.raw`^${NAME}\s*에서\s*주문`, "u");

/** `您在 鼎泰豐 的訂單`: the shop between "at" and "'s order". */
const CHINESE_ORDER = new RegExp(String.raw`^(?:您)?在\s*${NAME}\s*的(?:訂單|订单)`, "u");

/** `김민준님에게 …을 보냈어요`, `이서연님께 송금 완료`: the name before 에게/께. */
const KOREAN = new RegExp(String.raw`^${NAME}\s*(?:님)?\s*(?:에게|께|한테)\s.*?(?:송금|보냈|이체|결제)`, "u");

/** `已轉帳給 陳小明`, `付款給星巴克`, `向 陳小明 付款`. */
const CHINESE_AFTER = new RegExp(
  String.raw`^(?:已|已經)?\s*(?:成功)?\s*(?:轉帳|轉賬|转账|付款|支付|匯款|汇款)\s*(?:給|给)\s*${NAME}$`,
  "u",
);
const CHINESE_AROUND = new RegExp(String.raw`^向\s*${NAME}\s*(?:付款|轉帳|转账|匯款|汇款|支付)`, "u");

const SENTENCES = [
  LATIN_BEFORE_NAME,
  GERMAN_NAME_BEFORE_VERB,
  JAPANESE,
  JAPANESE_ORDER,
  KOREAN,
  KOREAN_ORDER,
  CHINESE_AFTER,
  CHINESE_AROUND,
  CHINESE_ORDER,
];

/**
 * The payee a sentence names, with where it stands in the text, or null. Amounts in the
 * sentence (`보냈어요` after `50,000원을`) are read past, not taken for the name.
 */
export function payeeInSentence(text: string): PayeeInText | null {
  const bare = withoutAmounts(text);
  for (const pattern of SENTENCES) {
    const found = located(text, pattern.exec(bare)?.groups?.name);
    if (found) return found;
  }
  return null;
}

/**
 * The payee a card's notice names beside the amount (`Approved: $45.20 at Whole Foods Market`,
 * `セブン-イレブンで1,280円のご利用がありました`, `您於全聯福利中心消費NT$1,280`), or null. The
 * amount is what makes it a notice: a note such as `for Dinner at Nopa` names no payee.
 */
export function payeeInNotice(text: string): PayeeInText | null {
  if (!findAmounts(text).some((a) => a.marked)) return null;
  const bare = withoutAmounts(text);
  const payee = payeeOf(bare);
  return payee === bare ? null : located(text, payee.replace(/^(?:at|bei|chez)\s+/i, ""));
}

/** A payee's name and where it stands in the text. */
export interface PayeeInText {
  name: string;
  start: number;
  end: number;
}

/** A sentence without its marked amounts (and the object particle after one, `50,000원을`, `¥3,000を`). */
function withoutAmounts(text: string): string {
  let bare = text;
  for (const amount of findAmounts(text)
    .filter((a) => a.marked)
    .reverse()) {
    const end = /^[을를を]/u.test(bare.slice(amount.end)) ? amount.end + 1 : amount.end;
    bare = `${bare.slice(0, amount.start)}${bare.slice(end)}`;
  }
  return bare.replace(/\s+/g, " ").trim();
}

/** A name found in a reduced sentence, located in the original text, or null. */
function located(text: string, name: string | undefined): PayeeInText | null {
  const clean = name === undefined ? undefined : withoutClosingStatus(name).trim();
  if (!clean || !/\p{L}/u.test(clean)) return null;
  const start = text.indexOf(clean);
  return start < 0 ? null : { name: clean, start, end: start + clean.length };
}
