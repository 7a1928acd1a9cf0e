/**
 * The payee inside a sentence. Notifications and some histories write a transaction as a
 * sentence (`A charge of RM 21.64 at Nasi Kandar Pelita was made on your card`, `Kartenzahlung
 * 9,91 € bei REWE`, `您於路易莎咖啡消費NT$114`, `カードご利用のお知らせ：ユニクロ 170円`); the
 * description is the name in it, not the sentence. Plain names pass through unchanged.
 */

/** `… at X (was …)`, `… bei X genehmigt`: the name after a preposition of place, up to a verb or the end. */
const AFTER_PREPOSITION =
  /(?:^|\s)(?:at|bei|chez|auprès de)\s+(.+?)(?:\s+(?:was|has|have|is|on|for|using|via|with|wurde|ist|a été|avec|approved|authori[sz]ed|declined|genehmigt|autorisiert|abgelehnt|autorisée?|acceptée?|refusée?)(?![\p{L}]).*)?$/iu;

/** `您於X消費`, `在X刷卡`: the name between "at" and "spent" in Chinese. */
const CHINESE_AT = /[於在](.+?)(?:消費|消费|刷卡|付款|支付|交易)/;

/** `X에서 결제`: the name before Korean "at". */
const KOREAN_AT = /^(.+?)에서\s/;

/**
 * `JR東日本で¥1,234のご利用がありました`: the name before Japanese "at" (the amount already out).
 * OCR may double a kana or split the phrase where the amount stood (`で ののご利用`).
 */
const JAPANESE_AT = /^(.+?)\s?(?:で|にて)\s?(?:の\s?)*ご?\s?(?:利用|決済|支払|購入)/;

/** A notification's heading run into the name when OCR lost its colon (`カードご利用のお知らせ スターバックス`). */
const HEADING = /^(?:(?:カード)?ご利用のお知らせ|(?:card )?(?:purchase|payment) (?:alert|notice))\s*[:：]?\s*/i;

/**
 * Words of the notification's own phrasing: the side of a `label: name` text holding them is
 * the phrase, the other side the payee.
 */
const PHRASE_WORDS =
  /お知らせ|ご利用|利用|決済|支払|card purchase|purchase|approved|payment|charge|spent|paid|received|결제|승인|알림|消費|刷卡|通知|kartenzahlung|zahlung|paiement|payé|achat/i;

/** Tags and trailing meta of card notifications: `[승인]`, `[Web발신]`, `일시불`, `1回払い`. */
const TAGS = /\[[^\]]{1,8}\]|【[^】]{1,8}】|\s(?:일시불|\d회|1回払い|一括|分割)$/g;

/** A sentence has four words or more, or the notification's own phrasing; a name rarely does. */
function isSentence(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length >= 4 || PHRASE_WORDS.test(text);
}

/** The payee of a description that may be a sentence; the text itself when it is none. */
export function payeeOf(description: string): string {
  const text = description.replace(TAGS, " ").replace(/\s+/g, " ").trim();
  const chinese = CHINESE_AT.exec(text);
  if (chinese?.[1]) return chinese[1].trim();
  const korean = KOREAN_AT.exec(text);
  if (korean?.[1]) return korean[1].trim();
  const japanese = JAPANESE_AT.exec(text);
  if (japanese?.[1]) return japanese[1].trim();
  const heading = HEADING.exec(text);
  if (heading && text.length > heading[0].length) return text.slice(heading[0].length).trim();
  const colon = text.split(/\s?[:：]\s?/);
  if (colon.length === 2) {
    const [left = "", right = ""] = colon;
    if (PHRASE_WORDS.test(left) && !PHRASE_WORDS.test(right) && right) return right;
    if (PHRASE_WORDS.test(right) && !PHRASE_WORDS.test(left) && left) return left;
  }
  if (isSentence(text)) {
    const at = AFTER_PREPOSITION.exec(text);
    if (at?.[1]) return at[1].trim();
  }
  return text;
}
