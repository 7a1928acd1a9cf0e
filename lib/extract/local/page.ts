/**
 * What both extractors need to know about a page: its rows, which of them are the phone's
 * status bar, its language, the year context for year-less dates, and the amounts, dates and
 * times each row holds (with the words they came from).
 */
import type { OcrResult } from "@/lib/ocr/types";
import { buildRows, type Row, type Token, tokensIn } from "./layout";
import { japaneseRatio } from "./normalise-text";
import { type PageLocale, readLocale } from "./page-locale";
import { findAmounts, type ParsedAmount } from "./parse-amount";
import { type DateContext, findDates, findMonthHeader, findRelativeDate, type ParsedDate } from "./parse-date";
import { findTimes, type ParsedTime } from "./parse-time";

/** An amount in a row, with the words it was read from and the cell it stands in. */
export interface RowAmount extends ParsedAmount {
  tokens: Token[];
  cellIndex: number;
  /** Offset of the amount in its cell's text. */
  cellStart: number;
  /** Height of its words: the font size, for "most prominent". */
  height: number;
}

/** A date in a row, with its words. */
export interface RowDate extends ParsedDate {
  tokens: Token[];
}

/** A time in a row, with its words. */
export interface RowTime extends ParsedTime {
  tokens: Token[];
}

/** A page ready for the rules. */
export interface Page {
  width: number;
  height: number;
  /** Content rows, top to bottom, without the status bar. */
  rows: Row[];
  /** All text, for language and keyword checks. */
  text: string;
  japanese: boolean;
  /** Script, language, country and date order, as the page's own text shows them. */
  locale: PageLocale;
  dateContext: DateContext;
}

/**
 * True for the phone's status bar: a short row at the very top holding the clock, the battery
 * percentage or the carrier. Its clock (`9:41`) must not become the payment time.
 */
export function isStatusBar(row: Row, page: { width: number; height: number }): boolean {
  // The status bar is about a tenth of the screen's width tall (less on a tall screenshot).
  if (row.box.y1 > Math.min(page.height * 0.06, page.width * 0.1)) return false;
  // A date makes it content (a receipt cropped to its first line), not the phone's clock.
  if (findDates(row.text).length > 0) return false;
  return (
    findTimes(row.text).length > 0 ||
    /\d{1,3} ?%|\b(?:LTE|5G|4G|3G|Wi-?Fi|docomo|au|SoftBank)\b/i.test(row.text) ||
    // Signal bars and icons read as two or three stray Latin characters.
    /^[\x21-\x7e]{1,3}$/.test(row.text.replace(/\s/g, ""))
  );
}

/** Builds the page: rows without the status bar, language, and the year context. */
export function analysePage(ocr: OcrResult, now?: Date): Page {
  const all = buildRows(ocr);
  const rows = all.filter((row) => !isStatusBar(row, ocr));
  rows.forEach((row, i) => {
    row.index = i;
  });
  const text = rows.map((r) => r.text).join("\n");
  const japanese = japaneseRatio(text) >= 0.3;
  const locale = readLocale(text);
  return {
    width: ocr.width,
    height: ocr.height,
    rows,
    text,
    japanese,
    locale,
    dateContext: yearContext(rows, locale, now),
  };
}

/**
 * The year context: from a month header (`2026年10月`), else from the first full date on the
 * page. Slashed dates are read day-first where the page's locale says so (`09/02/2018` on a
 * Malaysian receipt is 9 February); otherwise month-first, as US apps and Japanese and Korean
 * `10/03` write them.
 */
function yearContext(rows: Row[], locale: PageLocale, now?: Date): DateContext {
  const base: DateContext = { monthFirst: locale.dateOrder !== "dmy", now, yearFirst: locale.dateOrder === "ymd" };
  for (const row of rows) {
    const header = findMonthHeader(row.text);
    if (header) return { ...base, year: header.year, month: header.month };
  }
  for (const row of rows) {
    const full = findDates(row.text, base).find((d) => !d.yearInferred);
    if (full) return { ...base, year: full.year, month: full.month };
  }
  return base;
}

/** The amounts of a row, cell by cell, left to right. */
export function rowAmounts(row: Row): RowAmount[] {
  return row.cells.flatMap((cell, cellIndex) =>
    findAmounts(cell.text).map((a) => {
      const tokens = tokensIn(cell, a.start, a.end);
      const heights = tokens.map((t) => t.box.y1 - t.box.y0);
      return { ...a, tokens, cellIndex, cellStart: a.start, height: Math.max(0, ...heights) };
    }),
  );
}

/**
 * The dates of a row, read with the page's context; a row with none may still name a day
 * relative to the upload time (`Yesterday`, `3h ago`, `Mon`), as list sections and sub-lines do.
 */
export function rowDates(row: Row, ctx: DateContext): RowDate[] {
  const dates = findDates(row.text, ctx);
  const relative = dates.length === 0 && ctx.now ? findRelativeDate(row.text, ctx.now) : null;
  return (relative ? [relative] : dates).map((d) => ({ ...d, tokens: tokensIn(row, d.start, d.end) }));
}

/** The times of day in a row. */
export function rowTimes(row: Row): RowTime[] {
  return findTimes(row.text).map((t) => ({ ...t, tokens: tokensIn(row, t.start, t.end) }));
}
