/**
 * Values as a model may write them, brought to the answer schema's forms before validation:
 * a model that writes `2026/12/04`, `9:05 PM` or `"1,280円"` has read the document right and only
 * spelled the value its own way. Each function returns the normal form, or the input unchanged
 * when it cannot tell (validation then reports it, and the answer is repaired or the field falls
 * back). Nothing here guesses between two readings: an ambiguous `04/12/2026` needs evidence.
 */

import { readLocale } from "@/lib/extract/local/page-locale";
import { currencyOf } from "@/lib/extract/local/parse-amount";

/** Which way round a numeric day/month date is written where the document comes from. */
export type DateOrder = "dmy" | "mdy";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Two-digit years are this century's: receipts and statements are recent. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/**
 * `2026/12/04`, `2026.12.4`, `2026年12月4日`, `Dec 4, 2026`, `4 December 2026`, `20261204`, and
 * day-month-year or month-day-year with `/`, `-` or `.`: unambiguous when one part is over 12,
 * otherwise read in `order` when known.
 */
export function toIsoDate(value: unknown, order: DateOrder | null): unknown {
  if (typeof value !== "string") return value;
  const text = value.normalize("NFKC").trim();
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3])) ?? value;
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3])) ?? value;
  match = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (match) return monthNamed(match[1], match[2], match[3]) ?? value;
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/i.exec(text);
  if (match) return monthNamed(match[2], match[1], match[3]) ?? value;
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), fullYear(match[3] ?? "")];
    const read = a > 12 ? "dmy" : b > 12 ? "mdy" : order;
    if (read === "dmy") return iso(year, b, a) ?? value;
    if (read === "mdy") return iso(year, a, b) ?? value;
  }
  return value;
}

function monthNamed(month: string | undefined, day: string | undefined, year: string | undefined): string | null {
  const index = MONTHS.indexOf((month ?? "").toLowerCase());
  return index < 0 ? null : iso(Number(year), index + 1, Number(day));
}

/** `9:05 PM` → `21:05`, `午後9時5分` → `21:05`, `21:05:33` → `21:05`, `9:05` → `09:05`. */
export function toTime24(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.normalize("NFKC").trim();
  const match =
    /^(午前|午後)?\s*(\d{1,2})\s*(?::\s*(\d{2})(?::\d{2})?|時\s*(\d{1,2})\s*分?)\s*([ap]\.?\s?m\.?)?$/i.exec(text);
  if (!match) return value;
  let hour = Number(match[2]);
  const minute = Number(match[3] ?? match[4]);
  const pm = match[1] === "午後" || /^p/i.test(match[5] ?? "");
  const am = match[1] === "午前" || /^a/i.test(match[5] ?? "");
  if ((pm || am) && (hour < 1 || hour > 12)) return value;
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return value;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * `¥`, `円`, `RM`, `S$`, `usd` → `JPY`, `JPY`, `MYR`, `SGD`, `USD`: the local rules' table of
 * currency signs (lib/extract/local/parse-amount.ts), so both extractors read a sign the same
 * way. A model that answers a bare `$` means US dollars (it was asked for a code and saw the page).
 */
export function toCurrencyCode(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.normalize("NFKC").trim();
  if (/^[a-z]{3}$/i.test(text)) return text.toUpperCase();
  if (text === "$") return "USD";
  return currencyOf(text) ?? value;
}

/**
 * `"1,280円"`, `"RM 17.20"`, `"¥1,280"`, `"-17.20"`, `"1.280,50"` → numbers. A comma followed by
 * exactly three digits groups thousands; followed by one or two at the end it is a decimal point.
 * `signed` keeps a minus sign (a rounding adjustment); other amounts are given without sign.
 */
export function toAmount(value: unknown, signed = false): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const text = value.normalize("NFKC").replace(/\s+/g, "");
  const match = /^(?<pre>[^\d\-+(]*)(?<sign>[-+−(])?(?<pre2>[^\d]*)(?<num>\d[\d,.]*)\)?(?<post>[^\d]*)$/.exec(text);
  const groups = match?.groups;
  if (!groups?.num) return value;
  for (const part of [groups.pre, groups.pre2, groups.post]) {
    if (part && !isCurrencyWord(part)) return value;
  }
  const number = parseDigits(groups.num);
  if (number === null) return value;
  const negative = groups.sign === "-" || groups.sign === "−" || groups.sign === "(";
  return signed && negative ? -number : number;
}

function isCurrencyWord(part: string): boolean {
  const cleaned = part.replace(/[.:]/g, "");
  return cleaned === "" || toCurrencyCode(cleaned) !== cleaned || /^[A-Z]{3}$/.test(cleaned);
}

function parseDigits(digits: string): number | null {
  const lastComma = digits.lastIndexOf(",");
  const lastDot = digits.lastIndexOf(".");
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal point, the other groups thousands.
    normal = lastDot > lastComma ? digits.replace(/,/g, "") : digits.replace(/\./g, "").replace(",", ".");
  } else if (lastComma >= 0) {
    normal =
      /,\d{1,2}$/.test(digits) && digits.indexOf(",") === lastComma
        ? digits.replace(",", ".")
        : digits.replace(/,/g, "");
  } else {
    normal = digits;
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const number = Number(normal);
  return Number.isFinite(number) ? number : null;
}

/** `"OUT"`, `"debit"`, `"refund"` … → `out` / `in`. */
export function toDirection(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  if (/^(out|debit|expense|payment|withdrawal|spent|出金|支出|支払)$/.test(text)) return "out";
  if (/^(in|credit|income|refund|deposit|received|入金|収入|返金)$/.test(text)) return "in";
  return value;
}

/** Words a model uses for "nothing shown", to null. */
export function toNullIfEmpty(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return /^(|null|none|n\/a|na|-|unknown)$/i.test(value.trim()) ? null : value;
}

/**
 * How the document writes numeric dates, as the local rules read it off the page
 * (lib/extract/local/page-locale.ts): a date in its text that reads only one way, else the
 * country its words and money point to, the answer's currency included. Null when nothing
 * tells, and for year-first countries, where a day/month date has no fixed order to lean on.
 */
export function dateOrderEvidence(ocrText: string, currency: unknown): DateOrder | null {
  const code = typeof currency === "string" ? toCurrencyCode(currency) : null;
  const order = readLocale(`${ocrText}\n${typeof code === "string" ? code : ""}`).dateOrder;
  return order === "dmy" || order === "mdy" ? order : null;
}
