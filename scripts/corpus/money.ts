/**
 * Amounts as apps print them. Money is kept in minor units (cents; yen, won and Taiwan dollars
 * have none on screen), and each sample picks one MoneyFormat so that a screen is consistent.
 */

export const CURRENCIES = ["USD", "GBP", "EUR", "JPY", "MYR", "SGD", "KRW", "TWD"] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

/** Digits after the decimal point as apps show them (TWD has cents in ISO 4217, but no app shows them). */
export const DECIMALS: Record<CurrencyCode, 0 | 2> = {
  USD: 2,
  GBP: 2,
  EUR: 2,
  JPY: 0,
  MYR: 2,
  SGD: 2,
  KRW: 0,
  TWD: 0,
};

export interface Money {
  /** Minor units: cents for USD, yen for JPY. */
  minor: number;
  currency: CurrencyCode;
}

/** The truth's value: major units (1234 cents → 12.34). */
export const major = (m: Money): number => m.minor / 10 ** DECIMALS[m.currency];

export type Grouping = "," | "." | " " | "\u202f" | "";
export type DecimalMark = "." | ",";

export interface MoneyFormat {
  /** Stable name, for the manifest ("symbol", "suffix-en", ...). */
  id: string;
  prefix: string;
  suffix: string;
  grouping: Grouping;
  decimal: DecimalMark;
  /**
   * The printed symbol does not name the currency on its own (a bare `$` for SGD or TWD): the
   * screen must show other evidence (see kit.ts currencyNote), or a careful reader could not tell.
   */
  ambiguous: boolean;
}

const f = (
  id: string,
  prefix: string,
  suffix: string,
  grouping: Grouping = ",",
  decimal: DecimalMark = ".",
  ambiguous = false,
): MoneyFormat => ({ id, prefix, suffix, grouping, decimal, ambiguous });

/** The ways each currency is printed, with a weight for how common each is. */
export const MONEY_FORMATS: Record<CurrencyCode, readonly (readonly [MoneyFormat, number])[]> = {
  USD: [
    [f("symbol", "$", ""), 8],
    [f("code", "USD ", ""), 1],
    [f("us-dollar", "US$", ""), 1],
  ],
  GBP: [
    [f("symbol", "£", ""), 9],
    [f("code", "GBP ", ""), 1],
  ],
  EUR: [
    [f("de", "", " €", ".", ","), 4],
    [f("fr", "", "\u202f€", "\u202f", ","), 3],
    [f("fr-space", "", " €", " ", ","), 2],
    [f("symbol-first", "€", "", ".", ","), 1],
    [f("code-suffix", "", " EUR", ".", ","), 1],
  ],
  JPY: [
    [f("symbol", "¥", ""), 4],
    [f("suffix", "", "円"), 5],
    [f("fullwidth", "￥", ""), 1],
    [f("code", "JPY ", ""), 1],
  ],
  MYR: [
    [f("rm-space", "RM ", ""), 5],
    [f("rm", "RM", ""), 4],
    [f("code", "MYR ", ""), 1],
  ],
  SGD: [
    [f("symbol", "S$", ""), 4],
    [f("code", "SGD ", ""), 3],
    [f("bare-dollar", "$", "", ",", ".", true), 3],
  ],
  KRW: [
    [f("symbol", "₩", ""), 4],
    [f("suffix", "", "원"), 5],
    [f("code", "KRW ", ""), 1],
  ],
  TWD: [
    [f("symbol", "NT$", ""), 4],
    [f("bare-dollar", "$", "", ",", ".", true), 3],
    [f("suffix", "", "元"), 2],
    [f("code", "TWD ", ""), 1],
  ],
};

/** `1234567` with a grouping mark every three digits. */
export function groupDigits(n: number, grouping: Grouping): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`groupDigits() wants a non-negative integer, got ${n}`);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, grouping);
}

/** The number alone: 123456 cents → `1,234.56` / `1.234,56` / `1 234,56`; yen → `1,280`. */
export function formatNumber(m: Money, fmt: Pick<MoneyFormat, "grouping" | "decimal">): string {
  const decimals = DECIMALS[m.currency];
  const abs = Math.abs(m.minor);
  if (decimals === 0) return groupDigits(abs, fmt.grouping);
  const whole = Math.floor(abs / 100);
  return `${groupDigits(whole, fmt.grouping)}${fmt.decimal}${String(abs % 100).padStart(2, "0")}`;
}

/** `¥1,280`, `1.234,56 €`, `RM 17.20` */
export function formatMoney(m: Money, fmt: MoneyFormat): string {
  return `${fmt.prefix}${formatNumber(m, fmt)}${fmt.suffix}`;
}

export type Sign = "none" | "minus" | "plus";

/** With a sign in front: `-$12.30`, `+1,280円`, `−€4,50` when `minusChar` is the typographic minus. */
export function formatSigned(m: Money, fmt: MoneyFormat, sign: Sign, minusChar = "-"): string {
  const mark = sign === "minus" ? minusChar : sign === "plus" ? "+" : "";
  return `${mark}${formatMoney(m, fmt)}`;
}

/**
 * Every way this module can spell the number of an amount (no symbol): what the corpus test looks
 * for in a page's text to prove the truth's amount is on screen.
 */
export function numberSpellings(m: Money): string[] {
  const out = new Set<string>();
  for (const grouping of [",", ".", " ", "\u202f", ""] as const) {
    for (const decimal of [".", ","] as const) out.add(formatNumber(m, { grouping, decimal }));
  }
  return [...out];
}

/** A realistic amount range, in minor units, per currency and kind of spending. */
export type Spend = "small" | "everyday" | "large" | "transfer";

const RANGES: Record<CurrencyCode, Record<Spend, readonly [number, number]>> = {
  USD: { small: [150, 1500], everyday: [400, 12000], large: [5000, 90000], transfer: [1000, 250000] },
  GBP: { small: [120, 1200], everyday: [300, 9000], large: [4000, 70000], transfer: [1000, 200000] },
  EUR: { small: [120, 1400], everyday: [300, 11000], large: [4000, 80000], transfer: [1000, 200000] },
  JPY: { small: [100, 1500], everyday: [300, 12000], large: [5000, 98000], transfer: [1000, 300000] },
  MYR: { small: [300, 3000], everyday: [800, 30000], large: [10000, 300000], transfer: [1000, 500000] },
  SGD: { small: [150, 1500], everyday: [400, 15000], large: [5000, 120000], transfer: [1000, 300000] },
  KRW: { small: [1000, 15000], everyday: [3000, 120000], large: [50000, 1500000], transfer: [10000, 3000000] },
  TWD: { small: [30, 400], everyday: [60, 3000], large: [1500, 30000], transfer: [500, 80000] },
};

/** Rounds like prices do: yen to 10 most of the time, won to 100, cents left alone. */
export function priceLike(minor: number, currency: CurrencyCode, round: boolean): number {
  if (!round) return Math.max(1, minor);
  const step = currency === "KRW" ? 100 : currency === "JPY" || currency === "TWD" ? 10 : 5;
  return Math.max(step, Math.round(minor / step) * step);
}
export { RANGES as AMOUNT_RANGES };
