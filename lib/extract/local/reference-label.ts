/**
 * Labels of an identifier in general, beyond the reference lexicon: payment screens in any
 * language label a transaction's id as "<what> number/no./ID/code" (`Ref. no.`, `Bestell-Nr.`,
 * `N° d'autorisation`, `ご注文番号`, `승인 번호`, `交易編號`). A label built that way names a
 * reference unless what it numbers is a phone, an account, a card, a member or a tax
 * registration: those ids belong to someone, not to the payment.
 */

/** The word for "number" or "identifier" closing a label (`Order no.`, `取引番号`). */
const ID_NOUN_AT_END =
  /(?:\b(?:number|no|nr|nro|num|numéro|numero|número|id|code|ref|#)|nummer|(?<=\p{L}{3})code|(?<=\p{L}{3})referenz|\b(?:authori[sz]ation|autorisation)|番号|番號|編號|编号|號碼|号码|序號|序号|代碼|代码|單號|单号|번호|코드|コード|ID)\s*[.:：#]{0,2}$/iu;

/** The French and German way round: the number word first (`N° de transaction`, `Nr. der Bestellung`). */
const ID_NOUN_AT_START =
  /^(?:n\s?[°º]|no\.|nr\.|num(?:é|e)ro)\s*\S|^(?:r[ée]f\.?|code|identifiant)\s+(?:d'|de\s|du\s)|^identifiant$/iu;

/** What an id may number that is not the payment's reference. */
const NOT_A_REFERENCE =
  /\b(?:phone|tel|telefon|téléphone|fax|mobile|account|acct|konto|compte|iban|bic|swift|routing|sort|card|carte|karte|member|membership|mitglied|adhérent|customer|client|kunden|tax|gst|sst|vat|ust|tva|registration|reg|company|siret|siren|postal|zip|postcode|post code|table|seat|tisch|terminal|cashier|kasse|pos|tracking|sendung|colis|suivi)\b|(?:telefon|konto|karten|kunden|mitglieds|steuer|handy|sendungs)nummer|電話|口座|계좌|帳戶|账户|カード|카드|會員|会員|회원|電話|전화|統一編號|統編|税|登録|등록|追跡|운송장|物流/iu;

/** True when a label text names an identifier of the payment (a reference), by its form. */
export function isIdLabel(label: string): boolean {
  const text = label.replace(/\s+/g, " ").trim();
  // A label is short: a sentence ending in "number" is no label.
  if (text.length === 0 || text.length > 32 || text.split(" ").length > 5) return false;
  if (!/\p{L}/u.test(text) || NOT_A_REFERENCE.test(text)) return false;
  return ID_NOUN_AT_END.test(text) || ID_NOUN_AT_START.test(text);
}
