/**
 * A screen's title by its form, in any app: a few words naming what the screen shows, built on
 * a "details" noun (`Order details`, `Trip receipt`, `Payment summary`, `Détails de la
 * commande`, `Bestelldetails`, `注文詳細`, `주문 상세`, `交易詳情`). Such a title is never the
 * merchant, an item or a row's description, whatever words the app puts before the noun.
 */

/** Nouns that close an English title (`Transaction details`). */
const CLOSING_NOUNS =
  /^(?:details?|receipt|summary|confirmation|overview|history|activity|breakdown|info(?:rmation)?|invoice|statement)$/i;

/** Nouns that open a French, Spanish or Italian title (`Détails du paiement`, `Resumen del pedido`). */
const OPENING_NOUNS =
  /^(?:d[ée]tails?|re[çc]u|r[ée]capitulatif|r[ée]sum[ée]|historique|detalles?|resumen|recibo|dettagli|riepilogo|ricevuta)$/i;

/** German compounds end in the noun (`Bestelldetails`, `Zahlungsübersicht`, `Kaufbeleg`). */
const GERMAN_COMPOUND = /(?:details|übersicht|ubersicht|beleg|quittung|bestätigung|bestatigung|verlauf)$/i;

/** Japanese, Korean and Chinese titles end in the noun (`ご注文詳細`, `결제 상세`, `交易明細`). */
const CJK_CLOSING =
  /(?:詳細|明細|詳情|详情|明细|履歴|紀錄|记录|記録|收據|收据|領収書|レシート|상세|내역|영수증|상세내역)$/u;

/** Words a title runs to at most. */
const MAX_TITLE_WORDS = 4;

/** True when a text is a screen title by its form. */
export function isScreenTitle(text: string): boolean {
  const clean = text
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (clean === "" || /\d/.test(clean)) return false;
  if (/[\u3040-\u9fff\uac00-\ud7af]/u.test(clean)) {
    return [...clean.replace(/\s/g, "")].length <= 8 && CJK_CLOSING.test(clean.replace(/\s/g, ""));
  }
  const words = clean.split(" ");
  if (words.length > MAX_TITLE_WORDS) return false;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (words.length === 1) return CLOSING_NOUNS.test(last) || GERMAN_COMPOUND.test(last) || OPENING_NOUNS.test(first);
  // The Romance noun comes first and is tied to the rest (`Détails du paiement`); `Details
  // Cafe` is a name.
  const tied =
    OPENING_NOUNS.test(first) && /^(?:de|du|des|d'\S*|del|della|dello|dell'\S*|la|le)$/i.test(words[1] ?? "");
  return CLOSING_NOUNS.test(last) || tied || GERMAN_COMPOUND.test(last);
}
