/**
 * Amounts OCR misread in ways a list can still read back. Each repair rewrites a cell's text
 * without moving any character (same length), so the amounts found in the repaired text keep
 * their words:
 * - the small `원` after a grouped won amount read as `2`, `2!`, `9!`, `위` or `워` glued to it
 *   (`14,1252`, `93,3302!`): a grouped number cannot end in a four-digit group, so on a Korean
 *   page the last characters are the won sign;
 * - `NT$` read as `NTS$` (the `$` doubled into an `S`), which no currency writes;
 * - a decimal point read as a hyphen right after a currency (`MYR 71-55`): a currency is
 *   followed by money, never by a range;
 * - a Japanese statement's minus triangle `▲` read as a capital `A` glued to the number
 *   (`A580`, `A6,210`), on pages with Japanese text. A number after a triangle is money even
 *   without grouping or a currency (`▲580`).
 */
import type { Row } from "./layout";
import { tokensIn } from "./layout";
import type { RowAmount } from "./page";
import { findAmounts, type ParsedAmount } from "./parse-amount";

/** Hangul on the page: the won sign is the likely reading. */
export function isKoreanPage(text: string): boolean {
  return /[\uac00-\ud7af]/.test(text);
}

const MISREAD_WON = /(?<=\d{1,3}(?:,\d{3})*,\d{3})(?:2!|9!|2|위|워)(?![\d\p{L}])/gu;
const DOUBLED_NT_DOLLAR = /NTS\$/g;
const TRIANGLE_READ_AS_A = /(?<![\p{L}\d])A(?=\d{1,3}(?:,\d{3})*(?![\d.,]))/gu;
const AFTER_TRIANGLE = /[▲△]\s?$/;
const HYPHEN_DECIMALS = /(?<=(?:RM|MYR|SGD|USD|EUR|GBP|S\$|US\$|NT\$|[$€£]) ?\d{1,6})-(?=\d{2}(?!\d))/g;

/** The cell's text with the misreadings put right, character for character. */
function repaired(text: string, korean: boolean, japanese: boolean): string {
  const won = korean ? text.replace(MISREAD_WON, (m) => `원${" ".repeat(m.length - 1)}`) : text;
  const triangles = japanese ? won.replace(TRIANGLE_READ_AS_A, "▲") : won;
  return triangles.replace(DOUBLED_NT_DOLLAR, " NT$").replace(HYPHEN_DECIMALS, ".");
}

/** The amounts of a row that only its repaired text shows. */
export function misreadAmounts(row: Row, korean: boolean, japanese = false): RowAmount[] {
  return row.cells.flatMap((cell, cellIndex) => {
    const text = repaired(cell.text, korean, japanese);
    const before = findAmounts(cell.text).map((a) => `${a.start}:${a.end}:${a.value}`);
    const changed = (a: ParsedAmount) => text !== cell.text && !before.includes(`${a.start}:${a.end}:${a.value}`);
    return findAmounts(text)
      .filter((a) => AFTER_TRIANGLE.test(text.slice(0, a.start)) || (a.marked && changed(a)))
      .map((a) => ({ ...a, marked: true }))
      .map((a) => {
        const tokens = tokensIn(cell, a.start, a.end);
        const heights = tokens.map((t) => t.box.y1 - t.box.y0);
        return { ...a, tokens, cellIndex, cellStart: a.start, height: Math.max(0, ...heights) };
      })
      .filter((a) => a.tokens.length > 0);
  });
}
