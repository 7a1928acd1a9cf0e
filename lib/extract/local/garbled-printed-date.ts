/**
 * A printed receipt's date that OCR garbled past the date patterns, read back when it stands
 * next to a date label. Thermal print wears the same glyphs again and again: a slash read as a
 * 7 or a 1 (`17/04/2018` → `177042018`), and a 0 read as a 6, an 8 or a 9 (`23/10/2017` →
 * `23/16/2017`, `02/02` → `92/02`). A label says a date stands there, so a reading that becomes
 * a valid date by one of these changes only, and by exactly one, is taken (at a guess's
 * confidence, by the caller). A year misread as well (`2078`) is left to the year repair.
 */
import { isValidDate } from "./parse-date";

/** The parts of a repaired date. */
export interface RepairedDate {
  year: number;
  month: number;
  day: number;
  /** The garbled text as read. */
  text: string;
}

/** `dd/mm/yyyy` (or `mm/dd/yyyy`) with its separators, or with the slashes read as 7 or 1. */
const SEPARATED = /^(\d{2})([/.-])(\d{2})\2(\d{4}|\d{2})$/;
const SLASHES_AS_DIGITS = /^(\d{2})[71](\d{2})[71]?(20\d{2})$/;

/** The digits OCR reads for a worn 0. */
const ZERO_LOOKALIKES = /[689]/g;

/** The two-digit readings a day or month field could have been: as read, or one worn 0 back. */
function readings(field: string, max: number): number[] {
  const asRead = Number(field);
  if (asRead >= 1 && asRead <= max) return [asRead];
  const out = new Set<number>();
  for (const m of field.matchAll(ZERO_LOOKALIKES)) {
    const fixed = Number(`${field.slice(0, m.index)}0${field.slice(m.index + 1)}`);
    if (fixed >= 1 && fixed <= max) out.add(fixed);
  }
  return [...out];
}

/**
 * The date a garbled value's first word stands for, or null when it is no date, reads as one
 * already, or could be more than one.
 */
export function repairPrintedDate(value: string, monthFirst: boolean): RepairedDate | null {
  const word = value.trim().split(/\s+/)[0] ?? "";
  const parts = SEPARATED.exec(word) ?? SLASHES_AS_DIGITS.exec(word);
  if (!parts) return null;
  const [a = "", b = ""] = parts.length === 5 ? [parts[1], parts[3]] : [parts[1], parts[2]];
  const yearText = parts[parts.length - 1] ?? "";
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const [dayText, monthText] = monthFirst ? [b, a] : [a, b];
  const days = readings(dayText, 31);
  const months = readings(monthText, 12);
  const asRead = parts.length === 5 && days[0] === Number(dayText) && months[0] === Number(monthText);
  if (asRead || days.length !== 1 || months.length !== 1) return null;
  const day = days[0] ?? 0;
  const month = months[0] ?? 0;
  // The year is checked loosely: a misread year (2078) is still this date, repaired later.
  if (!isValidDate(2000, month, day) && !isValidDate(year, month, day)) return null;
  return { year, month, day, text: word };
}
