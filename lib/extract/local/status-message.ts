/**
 * A status message by its form, in any app: a short line closed by a word saying how the
 * payment went (`Transfer sent`, `Order delivered`, `Paiement accepté`, `Zahlung ausgeführt`,
 * `송금 완료`, `付款成功`). On a payment screen the merchant is named next to it, never by it.
 */

/** Participles and nouns that close a status line. */
const CLOSING_STATUS =
  /(?<![\p{L}\p{N}])(?:successful(?:ly)?|success|complete[d]?|sent|approved|confirmed|received|paid|done|delivered|declined|failed|pending|refunded|placed|issued|cancel(?:l)?ed|processed|authori[sz]ed|accepted|settled|charged|transferred|credited|reversed|voided|shipped|posted|cleared|erfolgreich|genehmigt|autorisiert|gebucht|storniert|erhalten|versendet|versandt|zugestellt|überwiesen|uberwiesen|veranlasst|erstattet|abgeschlossen|gesendet|ausgeführt|ausgefuhrt|bezahlt|geliefert|bestätigt|bestatigt|abgelehnt|réussie?|reussie?|effectuée?|effectuee?|envoyée?|envoyee?|confirmée?|confirmee?|acceptée?|acceptee?|approuvée?|livrée?|livree?|refusée?|remboursée?|autorisée?|autorisee?|validée?|validee?|terminée?|terminee?|annulée?|annulee?|reçue?|recue?|expédiée?|expediee?|payée?|payee?)[.!]?$/iu;

/** Japanese, Korean and Chinese status endings (`送金しました`, `결제 완료`, `付款成功`). */
const CJK_STATUS =
  /(?:完了|しました|されました|ました|완료|되었습니다|됐습니다|했습니다|[했냈됐었왔]어요|승인|成功|完成|已[\u4e00-\u9fff]{1,3})[。.!！]?$/u;

/** Words a status line runs to at most. */
const MAX_STATUS_WORDS = 4;

/** A name with a status word closing it (`Starbucks successful` of `Payment to Starbucks successful`), without it. */
export function withoutClosingStatus(text: string): string {
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  // In small letters: a capitalised word may be the name's own (`Cafe Paid`).
  return words.length > 1 && CLOSING_STATUS.test(last) && /^\p{Ll}/u.test(last) ? words.slice(0, -1).join(" ") : text;
}

/** True when a text is a payment's status message by its form. */
export function isStatusMessage(text: string): boolean {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "" || /\d/.test(clean)) return false;
  if (/[\u3040-\u9fff\uac00-\ud7af]/u.test(clean))
    return [...clean.replace(/\s/g, "")].length <= 12 && CJK_STATUS.test(clean);
  return clean.split(" ").length <= MAX_STATUS_WORDS && CLOSING_STATUS.test(clean);
}
