/**
 * Statement tables: a header row naming the columns (日付 | 摘要 | お支払金額 | お預り金額 | 残高,
 * Date | Description | Withdrawals | Deposits | Balance). With it, an amount's column says
 * whether it is money out, money in or the running balance.
 */

import type { Box } from "@/lib/ocr/types";
import { findWord } from "./keywords";
import { type Cell, type Row, tokensIn, unionBoxes } from "./layout";
import {
  AMOUNT_COLUMN_WORDS,
  BALANCE_WORDS,
  DATE_COLUMN_WORDS,
  DESCRIPTION_COLUMN_WORDS,
  IN_COLUMN_WORDS,
  OUT_COLUMN_WORDS,
} from "./lexicon";
import { rowAmounts } from "./page";

/** What a column holds. */
export type ColumnRole = "date" | "description" | "out" | "in" | "balance" | "amount";

/** One column of a table header. */
export interface Column {
  role: ColumnRole;
  box: Box;
}

/** A table header and its columns. */
export interface TableHeader {
  row: Row;
  columns: Column[];
}

// Money columns are checked first: `お支払金額` must be `out`, not the generic `金額`.
const ROLE_WORDS: Array<[ColumnRole, readonly string[]]> = [
  ["out", OUT_COLUMN_WORDS],
  ["in", IN_COLUMN_WORDS],
  ["balance", BALANCE_WORDS],
  ["amount", AMOUNT_COLUMN_WORDS],
  ["date", DATE_COLUMN_WORDS],
  ["description", DESCRIPTION_COLUMN_WORDS],
];

/** Every header word of a text with its role and span, longest first, without overlaps. */
function headerWords(text: string): Array<{ role: ColumnRole; start: number; end: number }> {
  const hits: Array<{ role: ColumnRole; start: number; end: number }> = [];
  const all = ROLE_WORDS.flatMap(([role, words]) => words.map((word) => ({ role, word })));
  // Longer words first, so that `お支払金額` is an `out` column and not the generic `金額`.
  all.sort((a, b) => b.word.length - a.word.length);
  for (const { role, word } of all) {
    const at = findWord(text, word);
    if (at && !hits.some((h) => at.start < h.end && at.end > h.start)) hits.push({ role, ...at });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The columns a header cell names. A header cell is made of header words (and units such as
 * `(円)`); a cell with other words is a sentence that mentions one, not a header. Two headers
 * close together may share a cell (`お支払金額 お預り金額`).
 */
function cellColumns(cell: Cell): Column[] {
  const hits = headerWords(cell.text);
  const covered = hits.reduce((n, h) => n + cell.text.slice(h.start, h.end).replace(/\s/g, "").length, 0);
  const rest = cell.text.replace(/\s|[()（）円$¥]/g, "").length - covered;
  if (hits.length === 0 || rest > 2) return [];
  return hits.map((h) => ({
    role: h.role,
    box: unionBoxes(tokensIn(cell, h.start, h.end).map((t) => t.box)) ?? cell.box,
  }));
}

/**
 * The table header of the page: the first row without amounts whose cells name at least two
 * columns, one of them holding money. Null when the page is not a table.
 */
export function findTableHeader(rows: Row[]): TableHeader | null {
  for (const row of rows) {
    if (rowAmounts(row).some((a) => a.marked)) continue;
    const columns = row.cells.flatMap(cellColumns);
    const money = columns.some((c) => c.role !== "date" && c.role !== "description");
    if (columns.length >= 2 && money) return { row, columns };
  }
  return null;
}

/**
 * The column an amount stands in: the money column whose header overlaps it most, or, when none
 * overlaps (headers are narrower than right-aligned numbers), whose right edge is nearest, if
 * near enough to be its column: where OCR misread a header (`お支払金頷`), the amounts under it
 * belong to no column rather than to the next one it did read.
 */
export function columnOf(header: TableHeader, box: Box): ColumnRole | null {
  const money = header.columns.filter((c) => c.role !== "date" && c.role !== "description");
  let best: Column | null = null;
  let bestScore = -Infinity;
  for (const column of money) {
    const overlap = Math.min(box.x1, column.box.x1) - Math.max(box.x0, column.box.x0);
    const score = overlap > 0 ? overlap : -Math.abs(box.x1 - column.box.x1);
    if (score > bestScore) {
      best = column;
      bestScore = score;
    }
  }
  if (!best || bestScore > 0) return best?.role ?? null;
  const reach = Math.max(best.box.x1 - best.box.x0, box.x1 - box.x0);
  return -bestScore <= reach ? best.role : null;
}
