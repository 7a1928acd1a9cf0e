/**
 * The currency of a page, from evidence only: the symbol or code written on the amount that
 * matters, then on most amounts, then a code standing anywhere on the page, then what a bare
 * `$` means where the page's other words say which country it is. A page with no evidence has
 * no currency, rather than a guessed one.
 */
import type { StringField } from "@/lib/extract/schema";
import { inferredField, missingField, stringField } from "./field";
import type { Token } from "./layout";
import type { Page, RowAmount } from "./page";
import type { Region } from "./page-locale";
import { type CurrencyCode, currencyOf } from "./parse-amount";

export interface CurrencyFinding {
  code: CurrencyCode;
  /** The words that show it: a symbol, a code, or the amount that carries it. */
  tokens: Token[];
  /** How sure the evidence makes us, before OCR confidence (see field.ts). */
  confidence: number;
}

/** What a bare `$` means in each country that writes it; elsewhere a `$` is read as US dollars. */
const DOLLAR_OF_REGION: Partial<Record<Region, CurrencyCode>> = { SG: "SGD", TW: "TWD", US: "USD" };

/** The currency a page's script implies when no amount is marked at all (yen on a Japanese app). */
const CURRENCY_OF_REGION: Record<Region, CurrencyCode> = {
  JP: "JPY",
  KR: "KRW",
  TW: "TWD",
  MY: "MYR",
  SG: "SGD",
  GB: "GBP",
  US: "USD",
  EU: "EUR",
};

/** Confidence of each kind of evidence: a mark on the amount itself is near certain. */
const EVIDENCE = {
  onAmount: 0.95,
  mostAmounts: 0.85,
  codeOnPage: 0.8,
  dollarInRegion: 0.75,
  dollarAlone: 0.55,
  region: 0.6,
};

/** A code or symbol standing as its own word (`SGD`, `RM`, `円`), with that word. */
function currencyWords(page: Page): Array<{ code: CurrencyCode; token: Token }> {
  const found: Array<{ code: CurrencyCode; token: Token }> = [];
  for (const row of page.rows) {
    for (const token of row.tokens) {
      const word = token.text.replace(/[():：,.]/g, "");
      // Single letters and `元` alone are too often something else to count on their own.
      if (word.length < 2 && !/^[¥€£₩円원]$/.test(word)) continue;
      const code = currencyOf(word);
      if (code) found.push({ code, token });
    }
  }
  return found;
}

/** The most frequent value, with the first item that had it. */
function mostFrequent<T>(items: T[], key: (item: T) => CurrencyCode | null): { code: CurrencyCode; item: T } | null {
  const counts = new Map<CurrencyCode, { n: number; item: T }>();
  for (const item of items) {
    const code = key(item);
    if (!code) continue;
    const entry = counts.get(code);
    if (entry) entry.n++;
    else counts.set(code, { n: 1, item });
  }
  let best: { code: CurrencyCode; item: T } | null = null;
  let bestN = 0;
  for (const [code, { n, item }] of counts) {
    if (n > bestN) {
      best = { code, item };
      bestN = n;
    }
  }
  return best;
}

/**
 * The page's currency. `main` is the amount that matters most (a receipt's total), whose own
 * mark wins; `amounts` are the page's amounts.
 */
export function pageCurrency(page: Page, amounts: RowAmount[], main?: RowAmount | null): CurrencyFinding | null {
  if (main?.currency) return { code: main.currency, tokens: main.tokens, confidence: EVIDENCE.onAmount };
  const marked = mostFrequent(amounts, (amount) => amount.currency);
  if (marked) return { code: marked.code, tokens: marked.item.tokens, confidence: EVIDENCE.mostAmounts };
  const word = mostFrequent(currencyWords(page), (found) => found.code);
  if (word) return { code: word.code, tokens: [word.item.token], confidence: EVIDENCE.codeOnPage };
  const dollar = (main?.dollar ? main : undefined) ?? amounts.find((amount) => amount.dollar);
  const region = page.locale.region;
  if (dollar) {
    const code = region ? DOLLAR_OF_REGION[region] : undefined;
    if (code) return { code, tokens: dollar.tokens, confidence: EVIDENCE.dollarInRegion };
    // A `$` on a page that names no other country: the US, most likely, but said with less certainty.
    return { code: "USD", tokens: dollar.tokens, confidence: EVIDENCE.dollarAlone };
  }
  if (region) return { code: CURRENCY_OF_REGION[region], tokens: [], confidence: EVIDENCE.region };
  return null;
}

/**
 * The currency as a field: with the words that show it, or inferred from the page's country
 * (marked not seen), or missing when nothing on the page tells.
 */
export function currencyField(page: Page, amounts: RowAmount[], main?: RowAmount | null): StringField {
  const found = pageCurrency(page, amounts, main);
  if (!found) return missingField();
  if (found.tokens.length === 0) return inferredField(found.code, found.confidence);
  return stringField(found.code, found.tokens, found.confidence);
}
