/**
 * Labels of who was paid, by their form, beyond the lexicon's list: a noun for the payee, a
 * shop or a recipient, alone or with "name" (`Biller`, `Zahlungsempfänger`, `Destinataire`,
 * `送金先`, `받는사람`, `수취인`, `商店名稱`, `收款方`), or a verb with "to" (`Transferred to`,
 * `Envoyé à`). A seller (`Sold by`, `판매자`) is not one: an order's seller is not the shop the
 * app is (docs/receipt-fields.md).
 */

/** English, German and French nouns for the payee (`Biller name`, `Zahlungsempfänger`). */
const LATIN_NOUN =
  /^(?:merchant|biller|restaurant|store|shop|payee|recipient|beneficiary|receiver|(?:zahlungs)?empf[äa]nger|h[äa]ndler|gesch[äa]ft|b[ée]n[ée]ficiaire|destinataire|commer[çc]ant|marchand|magasin|enseigne)(?:\s*name|\s+info|\s+du\s+commer[çc]ant|name)?$/iu;

/** A verb with "to" (`Transferred to`, `Gesendet an`, `Envoyé à`, `Payé à`). */
const VERB_TO =
  /^(?:paid|sent|transferred|payment|transfer|bezahlt|gesendet|[üu]berwiesen|zahlung|pay[ée]|envoy[ée]|vir[ée]|paiement|virement)\s+(?:to|an|à|a)$/iu;

/** Japanese: a paying or sending word, then 先 or 人, or a shop word (`送金先`, `お支払い先`, `加盟店名`). */
const JAPANESE = /^(?:(?:お?支払い?|ご?利用|送金|お?振込み?|受取|お届け元)(?:先|人)|加盟店名?|店舗名?|店名|お店)$/u;

/** Korean: the receiver or the shop (`받는사람`, `수취인`, `예금주`, `가맹점명`, `상호명`, `매장명`). */
const KOREAN = /^(?:받는\s?(?:분|사람|이)|수취인|예금주|가맹점\s?(?:명|이름)?|상호\s?(?:명)?|매장\s?(?:명)?)$/u;

/** Chinese: the receiver or the shop (`收款方`, `收款人`, `商店名稱`, `特約商店`, `商戶`). */
const CHINESE =
  /^(?:收款(?:方|人|對象|对象|商家|帳戶名稱)|受款人|商(?:店|家|戶|户)(?:名稱|名称)?|店家(?:名稱|名称)?|特約商店|特约商店|付款對象|付款对象)$/u;

/** True when a label text names who was paid, by its form. */
export function isPayeeLabel(label: string): boolean {
  const text = label
    .replace(/[:：]\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length === 0 || text.length > 28) return false;
  return LATIN_NOUN.test(text) || VERB_TO.test(text) || JAPANESE.test(text) || KOREAN.test(text) || CHINESE.test(text);
}
