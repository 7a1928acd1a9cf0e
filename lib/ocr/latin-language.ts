/**
 * Which Latin-script language a page is written in, from the words a sample read found, so that
 * German and French pages are read with their own models: `eng` has no umlauts or accents and
 * writes `Bäckerei` as `Backerei`, `Köln` as `Koln`, `Verfügbarer` as `Verfiigbarer` (measured
 * with Debian's fast models; `deu` and `fra` read them, at the speed of `eng`).
 *
 * The sample is ten lines read with jpn+kor (recognize.ts), which write Latin letters without
 * diacritics, so the words are compared without them. Only words that payment screens, bank
 * lists and receipts use, and that English does not: `total`, `date` or `solde` would tell
 * nothing. Two different words are needed, and more than the other language has.
 */

const GERMAN = new Set([
  "heute",
  "gestern",
  "betrag",
  "gesamtbetrag",
  "zahlung",
  "zahlungen",
  "zahlungsart",
  "zahlungsmethode",
  "bezahlt",
  "erfolgreich",
  "abgeschlossen",
  "umsatze",
  "umsatz",
  "kontostand",
  "verfugbar",
  "verfugbarer",
  "guthaben",
  "handler",
  "empfanger",
  "datum",
  "uhrzeit",
  "uhr",
  "gesamt",
  "summe",
  "zwischensumme",
  "mwst",
  "rechnung",
  "bestellung",
  "bestellnummer",
  "karte",
  "karten",
  "uberweisung",
  "lastschrift",
  "gutschrift",
  "buchung",
  "buchungstag",
  "verwendungszweck",
  "kaufbeleg",
  "quittung",
  "kasse",
  "aufladung",
  "erstattung",
  "ruckerstattung",
  "einzahlung",
  "auszahlung",
  "lieferung",
  "versand",
  "trinkgeld",
  "gebuhr",
  "gebuhren",
  "und",
  "mit",
  "von",
  "fur",
  "ihre",
  "zum",
  "zur",
  "bei",
  "nach",
  "alle",
]);

const FRENCH = new Set([
  "aujourd",
  "aujourdhui",
  "montant",
  "paiement",
  "paiements",
  "reussi",
  "effectue",
  "marchand",
  "commercant",
  "beneficiaire",
  "virement",
  "prelevement",
  "remboursement",
  "rembourse",
  "commande",
  "ttc",
  "tva",
  "recu",
  "facture",
  "heure",
  "moyen",
  "operation",
  "operations",
  "achat",
  "achats",
  "especes",
  "rechargement",
  "nouveau",
  "livraison",
  "frais",
  "pourboire",
  "sous",
  "carte",
  "cartes",
  "compte",
  "disponible",
  "releve",
  "libelle",
  "les",
  "des",
  "pour",
  "avec",
  "vos",
  "votre",
  "aux",
  "sur",
  "une",
]);

/** The Latin-script models besides eng: a page is read with one only when it is in its language. */
export const LATIN_LANGUAGES = ["deu", "fra"] as const;
export type LatinLanguage = (typeof LATIN_LANGUAGES)[number];

/** A word as the lists hold it: lower case, without diacritics or anything but letters. */
function bare(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** `deu` or `fra` when the sample's words show that language, else null (English and the rest). */
export function latinLanguageOf(words: readonly string[]): LatinLanguage | null {
  const german = new Set<string>();
  const french = new Set<string>();
  for (const word of words) {
    const key = bare(word);
    if (GERMAN.has(key)) german.add(key);
    if (FRENCH.has(key)) french.add(key);
  }
  if (german.size >= 2 && german.size > french.size) return "deu";
  if (french.size >= 2 && french.size > german.size) return "fra";
  return null;
}
