/**
 * Marks a statement sets beside an amount to say which way the money went, where other lists
 * use a sign: `150.00 DR` / `4,200.00 CR` (Malaysia, Singapore, India), a trailing minus
 * `150.00-` (Maybank), `▲12,345` or `△12,345` (Japanese passbooks and apps), and accounting
 * parentheses `(23.45)`. The mark is evidence like a column: a debit is money out, a credit in.
 */
import type { Direction } from "@/lib/extract/schema";
import { type Row, type Token, tokensIn } from "./layout";
import type { RowAmount } from "./page";

/** The direction an amount's mark gives, and the mark's words (to leave the description). */
export interface AmountMark {
  direction: Direction;
  tokens: Token[];
}

const AFTER: ReadonlyArray<[RegExp, Direction]> = [
  [/^\s?(?:DR|Dr)(?![\p{L}\d])/u, "out"],
  [/^\s?(?:CR|Cr)(?![\p{L}\d])/u, "in"],
  [/^-(?![\d.,])/, "out"],
];
/** A triangle before the number, or the capital `A` OCR reads it as, glued to it (`A580`). */
const BEFORE = /(?:[▲△]\s?|(?<![\p{L}\d])A)$/u;

/** The mark beside an amount in its cell, or null. */
export function amountMark(row: Row, amount: RowAmount): AmountMark | null {
  const cell = row.cells[amount.cellIndex];
  if (!cell || amount.sign !== null) return null;
  const start = amount.cellStart;
  const end = start + amount.text.length;
  const after = cell.text.slice(end);
  for (const [re, direction] of AFTER) {
    const m = re.exec(after);
    if (m) return { direction, tokens: tokensIn(cell, end + m[0].length - m[0].trimStart().length, end + m[0].length) };
  }
  const before = cell.text.slice(0, start);
  const triangle = BEFORE.exec(before);
  // A triangle glued to the number is one OCR word with it: only a separate one leaves.
  if (triangle)
    return {
      direction: "out",
      tokens: tokensIn(cell, triangle.index, triangle.index + 1).filter((t) => !amount.tokens.includes(t)),
    };
  if (/\(\s?$/.test(before) && /^\s?\)/.test(after)) return { direction: "out", tokens: [] };
  return null;
}
