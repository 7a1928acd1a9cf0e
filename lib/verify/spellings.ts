/**
 * The ways a normalised value may be printed on a screenshot, most specific first, so that
 * verification can find a value that an extractor returned in ISO or numeric form.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTHS_LONG = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export function amountSpellings(value: number): string[] {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(2);
  const [whole = "0", cents] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const withCents = (sep: string) => (cents === undefined ? "" : `${sep}${cents}`);
  const spellings = [
    `${grouped}${withCents(".")}`,
    `${whole}${withCents(".")}`,
    // OCR often reads the thousands comma as a dot.
    `${grouped.replace(/,/g, ".")}${withCents(".")}`,
    `${grouped}${withCents(",")}`,
  ];
  return [...new Set(spellings)];
}

/**
 * A signed adjustment (a receipt's rounding) as printed: `-0.02`, `−0.02`, `(0.02)`, `0.02-`,
 * then the bare amount (many receipts print the sign only in the label, "Rounding Adj 0.02").
 * Always with its cents when it has any, and `0.00` for nothing: a bare `0` is in every line.
 */
export function adjustmentSpellings(value: number): string[] {
  const size = Math.abs(value);
  const plain = Number.isInteger(size) && size !== 0 ? String(size) : size.toFixed(2);
  const sign = value < 0 ? "-" : "+";
  const signed =
    value === 0
      ? [`-${plain}`]
      : [`${sign}${plain}`, ...(value < 0 ? [`\u2212${plain}`, `(${plain})`, `${plain}-`] : [])];
  return [...new Set([...signed, plain, plain.replace(".", ",")])];
}

export function dateSpellings(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return [iso];
  const [, y = "", mm = "", dd = ""] = match;
  const m = String(Number(mm));
  const d = String(Number(dd));
  const month = MONTHS[Number(mm) - 1] ?? "";
  const monthLong = MONTHS_LONG[Number(mm) - 1] ?? "";
  const reiwa = Number(y) - 2018;
  return [
    `${y}年${m}月${d}日`,
    `${y}年${mm}月${dd}日`,
    `${y}/${mm}/${dd}`,
    `${y}/${m}/${d}`,
    `${y}-${mm}-${dd}`,
    `${y}.${mm}.${dd}`,
    `${mm}/${dd}/${y}`,
    `${m}/${d}/${y}`,
    `${dd}/${mm}/${y}`,
    `${monthLong}${d},${y}`,
    `${month}${d},${y}`,
    `${d}${month}${y}`,
    `${d}${monthLong}${y}`,
    `令和${reiwa}年${m}月${d}日`,
    `${m}月${d}日`,
    `${mm}/${dd}`,
    `${m}/${d}`,
    `${month}${d}`,
    `${monthLong}${d}`,
  ];
}

export function timeSpellings(hhmm: string): string[] {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return [hhmm];
  const [, hh = "", mm = ""] = match;
  const h = Number(hh);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const half = h < 12 ? "am" : "pm";
  return [
    `${hh}:${mm}`,
    `${h}:${mm}`,
    `${h12}:${mm}${half}`,
    `${h12}:${mm}`,
    `${h}時${Number(mm)}分`,
    `${h}時${mm}分`,
    `${h < 12 ? "午前" : "午後"}${h12}時${Number(mm)}分`,
  ];
}

/** How a currency shows on a screenshot: its symbols first (they are what is printed), then the code. */
const CURRENCY_SIGNS: Record<string, string[]> = {
  JPY: ["¥", "円", "￥"],
  USD: ["$", "US$"],
  EUR: ["€"],
  GBP: ["£"],
  CNY: ["元", "¥"],
  KRW: ["₩", "원", "￦"],
  MYR: ["RM"],
  SGD: ["S$", "$"],
  TWD: ["NT$", "元", "$"],
};

export function currencySpellings(code: string): string[] {
  return [...(CURRENCY_SIGNS[code.toUpperCase()] ?? []), code];
}
