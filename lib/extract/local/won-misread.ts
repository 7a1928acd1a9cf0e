/**
 * Won amounts whose `원` OCR read as digits: tesseract often turns the small `원` after a
 * grouped number into `2`, `2!`, `9!`, `위` or `워` glued to it (`14,1252`, `93,3302!`). A grouped
 * number cannot end in a four-digit group, so on a Korean page the last character(s) are the
 * won sign and the number before them the amount.
 */
import type { Row } from "./layout";
import type { RowAmount } from "./page";
import { parseNumber } from "./parse-amount";

const MISREAD_WON = /^(?<sign>[-+])?[_.]?(?<number>\d{1,3}(?:,\d{3})+)(?:2!?|9!|위|워)$/;

/** Hangul on the page: the won sign is the likely reading. */
export function isKoreanPage(text: string): boolean {
  return /[\uac00-\ud7af]/.test(text);
}

/** The amounts of a row written as a grouped number with a misread `원` glued on. */
export function misreadWonAmounts(row: Row): RowAmount[] {
  return row.cells.flatMap((cell, cellIndex) => {
    let from = 0;
    return cell.tokens.flatMap((token) => {
      const at = cell.text.indexOf(token.text, from);
      if (at >= 0) from = at + token.text.length;
      const groups = MISREAD_WON.exec(token.text.trim())?.groups;
      const value = groups?.number ? parseNumber(groups.number) : null;
      if (!groups || value === null || at < 0) return [];
      const sign = groups.sign === "+" || groups.sign === "-" ? groups.sign : null;
      return [
        {
          value,
          currency: "KRW",
          dollar: false,
          sign,
          start: at,
          end: at + token.text.length,
          text: token.text,
          marked: true,
          tokens: [token],
          cellIndex,
          cellStart: at,
          height: token.box.y1 - token.box.y0,
        },
      ];
    });
  });
}
