/**
 * Dates OCR garbled with one extra digit (`10/144` for `10/14`: tesseract doubles a glyph now
 * and then). In a list sorted by date, dropping one digit usually leaves a single reading that
 * fits between the neighbouring rows' dates; that reading is taken, at a lower confidence.
 */
import type { Token } from "./layout";
import { type DateContext, inferYear, isFuture, isoDate, isValidDate } from "./parse-date";

/** A garbled date token and the dates it could have been. */
export interface GarbledDate {
  token: Token;
  /** ISO dates obtained by dropping one digit, without duplicates. */
  candidates: string[];
}

const GARBLED = /^(\d{1,3})([/.])(\d{1,3})$/;

/**
 * Reads a token like `10/144` or `100/14` (month/day with one digit too many) into the dates
 * it could be. Returns null for a token that is a valid date or not date-like at all.
 */
export function garbledDate(token: Token, ctx: DateContext): GarbledDate | null {
  const m = GARBLED.exec(token.text);
  if (!m) return null;
  const [, a = "", , b = ""] = m;
  if (a.length + b.length !== 5 || (a.length !== 3 && b.length !== 3)) return null;
  const candidates = new Set<string>();
  const long = a.length === 3 ? a : b;
  for (let i = 0; i < long.length; i++) {
    const shorter = long.slice(0, i) + long.slice(i + 1);
    const month = Number(a.length === 3 ? shorter : a);
    const day = Number(a.length === 3 ? b : shorter);
    const year = inferYear(month, day, ctx);
    if (isValidDate(year, month, day)) candidates.add(isoDate(year, month, day));
  }
  return candidates.size > 0 ? { token, candidates: [...candidates] } : null;
}

/**
 * The candidate that fits the order of the list: between the dates of the rows before and
 * after (either order, as lists run newest-first or oldest-first). Null when none or several fit.
 */
export function repairDate(garbled: GarbledDate, before: string | null, after: string | null): string | null {
  const fits = garbled.candidates.filter((iso) => {
    if (before === null || after === null) return before !== null || after !== null;
    const [lo, hi] = before <= after ? [before, after] : [after, before];
    return iso >= lo && iso <= hi;
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** True when two years differ in exactly one digit (`2078` and `2018`). */
function oneDigitApart(a: number, b: number): boolean {
  const [x, y] = [String(a), String(b)];
  if (x.length !== y.length) return false;
  return [...x].filter((ch, i) => ch !== y[i]).length === 1;
}

/**
 * A year OCR misread by one digit (`2078` on a 2018 receipt): when the date lies in the future
 * of the reference date, the year it most likely was: one digit away, taken from the page's
 * other dates, else the reference year or the one before, and not in the future itself. Null
 * when the date is plausible as read, or when nothing fits (the caller then flags it).
 */
export function repairYear(
  date: { year: number; month: number; day: number },
  pageYears: number[],
  now: Date,
): number | null {
  if (!isFuture(date.year, date.month, date.day, now)) return null;
  const reference = now.getUTCFullYear();
  const candidates = [...pageYears, reference, reference - 1].filter(
    (y) =>
      y !== date.year &&
      oneDigitApart(y, date.year) &&
      isValidDate(y, date.month, date.day) &&
      !isFuture(y, date.month, date.day, now),
  );
  return candidates[0] ?? null;
}
