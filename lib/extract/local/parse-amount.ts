/**
 * Money amounts in normalised text: `¥1,280`, `1,280円`, `$12.45`, `-$23.10`, `+250,000円`,
 * `12.45 USD`, `JPY 1,280`, `€12,45`, `1 234,56 €`, `RM 17.20`, `S$8.50`, `₩12,000`, `12,000원`,
 * `NT$1,200`. Numbers that are parts of dates, times, phone numbers, percentages, quantities or
 * masked card numbers are not amounts.
 */

/** ISO 4217 codes the local extractor recognises. */
export const currencyCodes = ["JPY", "USD", "EUR", "GBP", "MYR", "SGD", "KRW", "TWD"] as const;
export type CurrencyCode = (typeof currencyCodes)[number];

/** One amount found in a text, with its span so the caller can map it back to OCR words. */
export interface ParsedAmount {
  /** Magnitude in the currency's major unit; the sign is in `sign`. */
  value: number;
  /** The currency its own symbol or code names; null for none, and for a bare `$` (see `dollar`). */
  currency: CurrencyCode | null;
  /**
   * A bare `$`: US, Singapore, Taiwan and others all write it, so the page decides which
   * (lib/extract/local/page-currency.ts), never this amount alone.
   */
  dollar: boolean;
  sign: "+" | "-" | null;
  /** Offsets of the match in the searched text (end exclusive). */
  start: number;
  end: number;
  /** The matched text. */
  text: string;
  /**
   * True when something marks the number as money: a currency, a sign, digit grouping or
   * decimals. A bare `3` or `2026` is not marked and callers treat it with suspicion.
   */
  marked: boolean;
}

/** Symbols and words that name one currency. A bare `$` is not among them: it names none alone. */
const CURRENCY_WORDS: Record<string, CurrencyCode> = {
  "¥": "JPY",
  円: "JPY",
  jpy: "JPY",
  yen: "JPY",
  us$: "USD",
  usd: "USD",
  "€": "EUR",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  "£": "GBP",
  gbp: "GBP",
  rm: "MYR",
  myr: "MYR",
  s$: "SGD",
  sgd: "SGD",
  "₩": "KRW",
  w: "KRW",
  krw: "KRW",
  원: "KRW",
  nt$: "TWD",
  twd: "TWD",
  ntd: "TWD",
  元: "TWD",
};

/** Maps a currency symbol or word (`¥`, `円`, `USD`, `€`, `RM`) to its ISO code; null for a bare `$`. */
export function currencyOf(symbol: string): CurrencyCode | null {
  return CURRENCY_WORDS[symbol.trim().toLowerCase()] ?? null;
}

// The number: grouped thousands (a space may follow a separator, as tesseract often splits
// `1, 280`), thousands grouped by spaces when decimal commas follow (French `1 234,56`), or
// plain digits, each with up to two decimals.
const NUMBER = String.raw`\d{1,3}(?:[,.] ?\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?: \d{3})+,\d{2}|\d+(?:[.,]\d{1,2})?`;
// Longer symbols first: `NT$` and `S$` before `$`.
// `W` before a grouped number is the won sign as OCR reads it (`-W37,648`).
const PREFIX = String.raw`US\$|NT\$|S\$|RM|[¥$€£₩]|W(?=\d{1,3}(?:,\d{3})+)|JPY|USD|EUR|GBP|MYR|SGD|KRW|TWD|NTD`;
const SUFFIX = "円|원|元|€|JPY|USD|EUR|GBP|MYR|SGD|KRW|TWD|NTD|yen|euros?|dollars?";

const AMOUNT = new RegExp(
  // Not glued to a word, another number, a date/time separator, a mask (even a space after
  // it: `•••• 4242`) or a hash.
  String.raw`(?<![\w./:*•●#@×-])(?<![*•●] ?)` +
    // A code may carry a stray full stop as OCR reads it (`JPY. 204`).
    `(?<sign1>[+-])? ?(?:(?<prefix>${PREFIX})\\.? ?)?(?<sign2>[+-])? ?` +
    `(?<number>${NUMBER})` +
    `(?: ?(?<suffix>${SUFFIX})(?![A-Za-z]))?` +
    // Not followed by more digits, a date/time/quantity unit, a percent or a word.
    String.raw`(?![\d/:%]|[.,]\d|-\d|[A-Za-z]|\s?(?:年|月|日|時|分|件|点|個|歳|回|枚|%|ヶ月|か月|桁|番))`,
  "gi",
);

/**
 * Reads the numeric value of a number string, deciding for each `,`/`.` whether it groups
 * thousands or starts decimals: followed by exactly three digits it groups (so a yen `1.280`
 * misread still means 1280), followed by one or two at the end it is the decimal point.
 */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/\s/g, "");
  if (!/^\d[\d,.]*$/.test(compact)) return null;
  const lastSep = Math.max(compact.lastIndexOf(","), compact.lastIndexOf("."));
  let integerPart = compact;
  let decimals = "";
  if (lastSep >= 0) {
    const tail = compact.slice(lastSep + 1);
    if (tail.length > 0 && tail.length <= 2) {
      integerPart = compact.slice(0, lastSep);
      decimals = tail;
    }
  }
  const digits = integerPart.replace(/[,.]/g, "");
  if (digits === "") return null;
  const value = Number(decimals ? `${digits}.${decimals}` : digits);
  return Number.isFinite(value) ? value : null;
}

/**
 * Every amount in a (normalised) text, left to right. A number marked by nothing (no currency,
 * sign, grouping or decimals) is still returned with `marked: false`.
 */
export function findAmounts(text: string): ParsedAmount[] {
  const found: ParsedAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const groups = match.groups ?? {};
    const number = groups.number ?? "";
    const value = parseNumber(number);
    if (value === null) continue;
    const currencyText = groups.prefix ?? groups.suffix ?? null;
    const currency = currencyText ? currencyOf(currencyText) : null;
    const dollar = currency === null && currencyText !== null && /^\$|^dollars?$/i.test(currencyText);
    const signText = groups.sign1 ?? groups.sign2 ?? null;
    const sign = signText === "+" || signText === "-" ? signText : null;
    // A leading zero (`0123`) is an id or a date part, not money, unless it is `0` or `0.50`.
    if (/^0\d/.test(number) && currency === null) continue;
    let start = match.index;
    let matched = match[0];
    // The regex may take a space before the number as part of an optional group; trim it off.
    const lead = matched.length - matched.trimStart().length;
    start += lead;
    matched = matched.trim();
    found.push({
      value,
      currency,
      dollar,
      sign,
      start,
      end: start + matched.length,
      text: matched,
      marked: currency !== null || dollar || sign !== null || /[,.]/.test(number),
    });
  }
  return found;
}

/**
 * Reads a text that should be a single amount (a table cell, a value next to a label). Returns
 * the last amount in it, because labels precede values (`Total $12.45`), or null.
 */
export function parseAmount(text: string): ParsedAmount | null {
  const amounts = findAmounts(text);
  return amounts[amounts.length - 1] ?? null;
}
