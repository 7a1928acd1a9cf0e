/**
 * Labels of the payment method in general, beyond the lexicon: apps in any language label what
 * paid as "<payment word> + method/means/source/card/account" (`Zahlungsmittel`, `Payment
 * source`, `ご利用カード`, `결제카드`, `扣款方式`) or say it with a verb and a preposition
 * (`Charged to`, `Prélevé sur`). A label built that way names the payment method unless it names
 * the payee's side (`To account`, `받는 계좌`): the payee is not what paid.
 */

/** English and Romance: a payment word, then the noun (`Payment source`, `Funding method`). */
const LATIN_PAYMENT_NOUN =
  /^(?:payment|pay|paid|funding|charge|billing|settlement|paiement|règlement|reglement)\s+(?:method|type|source|means|instrument|option|account|card|mode|moyen|carte|compte)$/iu;

/** French and Spanish the other way round (`Moyen de paiement`, `Carte de paiement`). */
const ROMANCE_NOUN_FIRST =
  /^(?:moyen|mode|méthode|methode|type|carte|compte|source)\s+(?:de\s+)?(?:paiement|règlement|reglement|débit|debit)$/iu;

/** German compounds on a payment word (`Zahlungsmittel`, `Bezahlart`, `Zahlungsquelle`). */
const GERMAN_COMPOUND = /^(?:zahlungs|bezahl|zahl)(?:mittel|art|methode|weg|quelle|konto|karte)$/iu;

/** A verb and where the money came from (`Charged to`, `Debited from`, `Prélevé sur`, `Belastet auf`). */
const FROM_PHRASE =
  /^(?:charged|debited|billed|deducted)\s+(?:to|from|using|via)$|^paid\s+(?:from|using|via|with)$|^(?:prélevé|preleve|débité|debite)\s+(?:sur|de)$|^(?:belastet|abgebucht)\s+(?:auf|von)$/iu;

/** Japanese, Korean and Chinese: a paying word, then the noun (`ご利用カード`, `결제카드`, `扣款方式`). */
const CJK_PAYMENT_NOUN =
  /^(?:ご?利用|お?支払い?|決済|引落し?|결제|사용|출금|付款|支付|扣款|使用|刷卡|轉出|转出)\s*(?:方法|手段|方式|工具|カード|口座|元|수단|방법|카드|계좌|卡片?|帳戶|账户|帳號|账号)$/u;

/** True when a label text names the payment method by its form. */
export function isPaymentMethodLabel(label: string): boolean {
  const text = label
    .replace(/[:：]\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length === 0 || text.length > 24) return false;
  return (
    LATIN_PAYMENT_NOUN.test(text) ||
    ROMANCE_NOUN_FIRST.test(text) ||
    GERMAN_COMPOUND.test(text) ||
    FROM_PHRASE.test(text) ||
    CJK_PAYMENT_NOUN.test(text)
  );
}
