/**
 * Label/value pairs: a label at the start of a cell with its value in the rest of the cell,
 * in the cells to its right on the same row, or (stacked layouts) in the row just below it.
 */
import { labelAt } from "./keywords";
import { type Cell, overlapsHorizontally, type Row, type Token, tokensIn } from "./layout";
import { collapseSpaces } from "./normalise-text";

/** A value found next to a label. */
export interface LabelledValue {
  label: string;
  labelRow: Row;
  /** The row the value stands on (the label's row, or the one below). */
  valueRow: Row;
  /** Normalised value text. */
  text: string;
  tokens: Token[];
  where: "right" | "below";
}

/** The part of a cell from a character offset on, as text and tokens. */
function cellRest(cell: Cell, start: number): { text: string; tokens: Token[] } {
  return { text: collapseSpaces(cell.text.slice(start)), tokens: tokensIn(cell, start, cell.text.length) };
}

/** Joins several cells into one value (a value the layout split at a wide gap). */
function joinCells(cells: Cell[]): { text: string; tokens: Token[] } {
  return { text: collapseSpaces(cells.map((c) => c.text).join(" ")), tokens: cells.flatMap((c) => c.tokens) };
}

/**
 * The row directly below a label that can hold its value: close (less than about two line
 * heights of gap) and horizontally under the label's column.
 */
export function rowBelow(rows: Row[], row: Row, labelCell: Cell): { row: Row; cells: Cell[] } | null {
  const next = rows[row.index + 1];
  if (!next) return null;
  const gap = next.box.y0 - row.box.y1;
  if (gap > Math.max(row.height, next.height) * 2.2) return null;
  // The value sits under the label (left-aligned stacks) or anywhere right of its start.
  const cells = next.cells.filter(
    (c) => overlapsHorizontally(c.box, labelCell.box) || Math.abs(c.box.x0 - labelCell.box.x0) < row.height * 2,
  );
  return cells.length > 0 ? { row: next, cells } : null;
}

/**
 * Every value next to one of the labels, top to bottom. `isLabel` tells when a candidate
 * value below a label is itself a label (then the label has no value below it).
 */
export function findLabelledValues(
  rows: Row[],
  labels: readonly string[],
  isLabel: (text: string) => boolean = () => false,
): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (const row of rows) {
    row.cells.forEach((cell, ci) => {
      const at = labelAt(cell.text, labels);
      if (!at) return;
      const base = { label: at.label, labelRow: row };
      const rest = cellRest(cell, at.valueStart);
      if (rest.text !== "") {
        found.push({ ...base, valueRow: row, ...rest, where: "right" });
        return;
      }
      const right = row.cells.slice(ci + 1);
      if (right.length > 0) {
        found.push({ ...base, valueRow: row, ...joinCells(right), where: "right" });
        return;
      }
      const below = rowBelow(rows, row, cell);
      if (below && !isLabel(below.cells[0]?.text ?? "")) {
        found.push({ ...base, valueRow: below.row, ...joinCells(below.cells), where: "below" });
      }
    });
  }
  return found;
}
