/**
 * The payee named inside a sentence of a payment screen, in any app: transfer and payment
 * screens tell what happened in words (`You paid Priya Nair`, `Payment to Corner Deli`,
 * `ヤマダ タロウ さんに送金しました`, `김민준님에게 50,000원을 보냈어요`, `已轉帳給 陳小明`,
 * `Vous avez payé Camille Martin`). Such a line reads as a status message, so the search for a
 * name row passes over it; the name in it is the payee.
 */
import { findAmounts } from "./parse-amount";

/** A name as sentences carry it: letters first, short. */
const NAME = String.raw`(?<name>[\p{L}\p{N}][\p{L}\p{N}'&.\- ]{0,38}?)`;

/** Sentences with the payee after the verb or preposition, in Latin script (the name capitalised). */
const LATIN_BEFORE_NAME = new RegExp(
  String.raw`^(?:[Yy]ou (?:paid|sent(?: money)? to|transferred(?: money)? to)|(?:[Pp]ayment|[Tt]ransfer|[Mm]oney sent|[Ss]ent|[Zz]ahlung|[Üü]berweisung|[Gg]esendet|[Bb]ezahlt|[Pp]aiement|[Vv]irement|[Ee]nvoyé|[Pp]ayé) (?:to|an|à)|[Vv]ous avez (?:payé|envoyé(?: à)?|viré à)) (?=\p{Lu})${NAME}$`,
  "u",
);

/** `Du hast Lena Vogel Geld gesendet`: the German verb closes the sentence. */
const GERMAN_NAME_BEFORE_VERB = new RegExp(
  String.raw`^[Dd]u hast (?=\p{Lu})${NAME} (?:Geld )?(?:gesendet|bezahlt|überwiesen|geschickt)$`,
  "u",
);

/** `ヤマダ タロウ さんに送金しました`, `山田様へのお支払い`: the name before the particle. */
const JAPANESE = new RegExp(
  String.raw`^${NAME}\s*(?:さん|様|さま)?\s*(?:に|へ)(?:の)?\s*(?:送金|お?支払|送り|振込|振り込|お振込)`,
  "u",
);

/** `김민준님에게 …을 보냈어요`, `이서연님께 송금 완료`: the name before 에게/께. */
const KOREAN = new RegExp(String.raw`^${NAME}\s*(?:님)?\s*(?:에게|께|한테)\s.*?(?:송금|보냈|이체|결제)`, "u");

/** `已轉帳給 陳小明`, `付款給星巴克`, `向 陳小明 付款`. */
const CHINESE_AFTER = new RegExp(
  String.raw`^(?:已|已經)?\s*(?:轉帳|轉賬|转账|付款|支付|匯款|汇款)\s*(?:給|给)\s*${NAME}$`,
  "u",
);
const CHINESE_AROUND = new RegExp(String.raw`^向\s*${NAME}\s*(?:付款|轉帳|转账|匯款|汇款|支付)`, "u");

const SENTENCES = [LATIN_BEFORE_NAME, GERMAN_NAME_BEFORE_VERB, JAPANESE, KOREAN, CHINESE_AFTER, CHINESE_AROUND];

/**
 * The payee a sentence names, with where it stands in the text, or null. Amounts in the
 * sentence (`보냈어요` after `50,000원을`) are read past, not taken for the name.
 */
export function payeeInSentence(text: string): { name: string; start: number; end: number } | null {
  let bare = text;
  for (const amount of findAmounts(text)
    .filter((a) => a.marked)
    .reverse()) {
    // A Korean object particle stays on the amount (`50,000원을`).
    const end = /^[을를]/u.test(bare.slice(amount.end)) ? amount.end + 1 : amount.end;
    bare = `${bare.slice(0, amount.start)}${bare.slice(end)}`;
  }
  bare = bare.replace(/\s+/g, " ").trim();
  for (const pattern of SENTENCES) {
    const name = pattern.exec(bare)?.groups?.name?.trim();
    if (!name || !/\p{L}/u.test(name)) continue;
    const start = text.indexOf(name);
    if (start < 0) continue;
    return { name, start, end: start + name.length };
  }
  return null;
}
