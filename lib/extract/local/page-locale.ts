/**
 * Where a page comes from, read off its own text: the script, the language of its labels, the
 * country its money and words point to, and so the order of its numeric dates. Nothing here is
 * a default: a page with no evidence gets nulls, and the callers then refuse to guess.
 */

export type Script = "ja" | "ko" | "zh" | "latin";
export type Language = "ja" | "ko" | "zh" | "de" | "fr" | "en";
export type Region = "JP" | "KR" | "TW" | "MY" | "SG" | "GB" | "US" | "EU";
export type DateOrder = "ymd" | "dmy" | "mdy";

export interface PageLocale {
  script: Script | null;
  language: Language | null;
  region: Region | null;
  /** How `03/04/2026` reads on this page; null when nothing tells. */
  dateOrder: DateOrder | null;
}

/** A cue: a pattern that, where it occurs, counts `weight` towards a language or region. */
interface Cue<T> {
  pattern: RegExp;
  value: T;
  weight: number;
}

/**
 * Label words of the languages with Latin script. Whole words, case-insensitive; several cues
 * must agree before a page counts as German or French (English words are common everywhere).
 */
const LANGUAGE_CUES: Cue<Language>[] = [
  {
    pattern:
      /\b(?:betrag|datum|zahlung|bezahlt|überweisung|gesamt(?:betrag)?|summe|heute|gestern|uhr|mwst|empfänger|händler|karte|umsätze|kontostand|verwendungszweck|zwischensumme|rückerstattung|erfolgreich|aufgeladen|bestellung|kontoauszug|buchung|buchungstext|lastschrift|gutschrift|kartenzahlung|gehalt|umsatz|dauerauftrag|abbuchung|wertstellung)\b/gi,
    value: "de",
    weight: 1,
  },
  {
    pattern:
      /\b(?:montant|paiement|payé|aujourd'hui|hier|virement|tva|ttc|commerçant|carte|opérations|solde|reçu|remboursement|réussi|commande|sous-total|bénéficiaire|rechargement|date de|relevé|libellé|prélèvement|opération|dépenses|achat)\b/gi,
    value: "fr",
    weight: 1,
  },
  {
    pattern:
      /\b(?:amount|payment|paid|total|today|yesterday|transfer|balance|merchant|card|transactions?|receipt|refund|successful|order|subtotal|date|time|from|to)\b/gi,
    value: "en",
    weight: 0.5,
  },
];

/** Money, words and numbers that point to a country. Weights: a currency code is strong evidence. */
const REGION_CUES: Cue<Region>[] = [
  {
    pattern:
      /\bRM ?\d|\bMYR\b|\bsdn\.? ?bhd\b|\bmalaysia\b|\bkuala lumpur\b|\bselangor\b|\bjohor\b|\bpenang\b|\bjalan\b|\bjln\b|\btaman\b|\btmn\b|\bbandar\b|\bseksyen\b|\bkampung\b|\bpersiaran\b|\bduitnow\b|\btouch ?'?n ?go\b|\bSST\b/gi,
    value: "MY",
    weight: 2,
  },
  { pattern: /\bS\$|\bSGD\b|\bsingapore\b|\bpaynow\b|\bNETS\b|\+65\b/gi, value: "SG", weight: 2 },
  { pattern: /NT\$|\bTWD\b|\bNTD\b|台灣|臺灣|台北|臺北|新北|高雄|台中|統一編號|發票/g, value: "TW", weight: 2 },
  { pattern: /£|\bGBP\b|\bVAT\b|\bsort code\b|\bunited kingdom\b|\blondon\b|\bpostcode\b/gi, value: "GB", weight: 2 },
  {
    pattern: /US\$|\bUSD\b|\bsales tax\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\bvenmo\b|\bzelle\b|\bcash app\b/g,
    value: "US",
    weight: 2,
  },
  { pattern: /€|\bEUR\b|\bMwSt\b|\bTVA\b|\bIBAN\b|\bSEPA\b/g, value: "EU", weight: 2 },
  { pattern: /[¥￥]|円|\bJPY\b/g, value: "JP", weight: 2 },
  { pattern: /₩|원\b|\bKRW\b/g, value: "KR", weight: 2 },
];

const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g;
const KANA = /[\u3041-\u30ff\uff66-\uff9f]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;
/**
 * Han characters that only one of the two writes: Japan's simplified forms (済 払 円 …) and
 * Taiwan's traditional ones (們 這 發 …). They tell the two apart on a page without kana.
 */
const JAPANESE_ONLY_HAN = /[済払円駅売単転点区発号関与説価図広鉄総会来対国様込気楽戻]/g;
const TRADITIONAL_ONLY_HAN = /[們這說為與關發號餘單賣轉點區儲臺灣價總鐵廣圖國會來對氣樂還]/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The dominant script among the page's letters. Kana decide Japanese even where kanji
 * dominate (Chinese has no kana); Han without kana is Chinese; Hangul is Korean.
 */
export function scriptOf(text: string): Script | null {
  const hangul = count(text, HANGUL);
  const kana = count(text, KANA);
  const han = count(text, HAN);
  const latin = count(text, LATIN);
  const cjk = hangul + kana + han;
  if (cjk === 0) return latin > 0 ? "latin" : null;
  // A Latin page with one CJK brand name stays Latin: CJK must be a real share of the letters.
  if (cjk * 3 < latin) return "latin";
  if (hangul >= kana + han) return "ko";
  if (kana > 0 && kana * 8 >= han) return "ja";
  return count(text, JAPANESE_ONLY_HAN) > count(text, TRADITIONAL_ONLY_HAN) ? "ja" : "zh";
}

/** Weighted votes of the cues that occur in the text. */
function vote<T>(text: string, cues: Cue<T>[]): Map<T, number> {
  const votes = new Map<T, number>();
  for (const cue of cues) {
    const hits = count(text, cue.pattern);
    if (hits > 0) votes.set(cue.value, (votes.get(cue.value) ?? 0) + hits * cue.weight);
  }
  return votes;
}

function winner<T>(votes: Map<T, number>, minimum: number): T | null {
  let best: T | null = null;
  let bestVotes = 0;
  for (const [value, n] of votes) {
    if (n > bestVotes) {
      best = value;
      bestVotes = n;
    }
  }
  return bestVotes >= minimum ? best : null;
}

function languageOf(text: string, script: Script | null): Language | null {
  if (script === "ja" || script === "ko" || script === "zh") return script;
  if (script === null) return null;
  // German and French need two label words; English one (its words are short and common).
  const votes = vote(text, LANGUAGE_CUES);
  const de = votes.get("de") ?? 0;
  const fr = votes.get("fr") ?? 0;
  if (Math.max(de, fr) >= 2) return de >= fr ? "de" : "fr";
  return (votes.get("en") ?? 0) > 0 ? "en" : null;
}

/** The region with the most evidence; the script decides for CJK pages without money cues. */
function regionOf(text: string, script: Script | null, language: Language | null): Region | null {
  const money = winner(vote(text, REGION_CUES), 2);
  if (money) return money;
  if (script === "ja") return "JP";
  if (script === "ko") return "KR";
  if (script === "zh") return "TW";
  if (language === "de" || language === "fr") return "EU";
  return null;
}

/**
 * Numeric dates whose parts can only be read one way: `25/12/2018` is day-first, `12/25/2018`
 * month-first. Counted over the page; the majority wins, a tie tells nothing.
 */
function orderFromPlausibility(text: string): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (const match of text.matchAll(/(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?!\d)/g)) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy > mdy) return "dmy";
  if (mdy > dmy) return "mdy";
  return null;
}

const REGION_ORDER: Record<Region, DateOrder> = {
  JP: "ymd",
  KR: "ymd",
  TW: "ymd",
  MY: "dmy",
  SG: "dmy",
  GB: "dmy",
  EU: "dmy",
  US: "mdy",
};

/** Reads the page's locale from its text (normalised, all rows joined). */
export function readLocale(text: string): PageLocale {
  const script = scriptOf(text);
  const language = languageOf(text, script);
  const region = regionOf(text, script, language);
  const dateOrder = orderFromPlausibility(text) ?? (region ? REGION_ORDER[region] : null);
  return { script, language, region, dateOrder };
}
