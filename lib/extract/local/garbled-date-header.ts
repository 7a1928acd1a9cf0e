/**
 * Date headers of CJK lists that OCR turned into one run of digits. Small grey `2025年12月17日`
 * comes back as `202512178` or `20257125168`: the year, month and day survive, and each of
 * 年 月 日 (년 월 일) becomes a stray digit or two. The header's date is the reading that fits
 * between the dates around it: lists run newest first, so the latest reading not after the
 * previous header (or the upload time) wins.
 */
import { isValidDate } from "./parse-date";

export interface HeaderDate {
  year: number;
  month: number;
  day: number;
}

/** The whole text of a row that may be such a header: 8 to 12 digits and nothing else. */
const DIGITS_ONLY = /^\d{8,12}$/;

const key = (d: HeaderDate) => d.year * 10_000 + d.month * 100 + d.day;

/** Every reading of `digits` as year, junk, month, junk, day, junk (each junk 0–2, 0–1, 0–1 digits). */
function readings(digits: string, year: number | undefined): HeaderDate[] {
  const out: HeaderDate[] = [];
  const y = Number(digits.slice(0, 4));
  if (y < 1990 || y > 2100 || (year !== undefined && Math.abs(y - year) > 1)) return out;
  const rest = digits.slice(4);
  for (let yearJunk = 0; yearJunk <= 2; yearJunk++) {
    for (let monthLength = 1; monthLength <= 2; monthLength++) {
      const afterYear = rest.slice(yearJunk);
      const month = Number(afterYear.slice(0, monthLength));
      for (let monthJunk = 0; monthJunk <= 1; monthJunk++) {
        const afterMonth = afterYear.slice(monthLength + monthJunk);
        for (let dayLength = 1; dayLength <= 2; dayLength++) {
          const day = Number(afterMonth.slice(0, dayLength));
          const tail = afterMonth.slice(dayLength);
          if (afterMonth.length < dayLength || tail.length > 1) continue;
          if (isValidDate(y, month, day)) out.push({ year: y, month, day });
        }
      }
    }
  }
  return out;
}

/**
 * The date of a header row whose text is only digits, or null. `latest` is the newest date it
 * may be: the previous header's, or the upload time for the first header.
 */
export function readGarbledHeader(text: string, latest: HeaderDate | null, year?: number): HeaderDate | null {
  const digits = text.replace(/\s/g, "");
  if (!DIGITS_ONLY.test(digits)) return null;
  const fitting = readings(digits, year ?? latest?.year).filter((d) => !latest || key(d) <= key(latest));
  return fitting.reduce<HeaderDate | null>((best, d) => (!best || key(d) > key(best) ? d : best), null);
}
