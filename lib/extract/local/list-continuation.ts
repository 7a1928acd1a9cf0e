/**
 * A description that goes on to a second line. Statements and card histories wrap a long
 * payee or booking text under itself (`SEPA-LASTSCHRIFT STADTWERKE` over `MUENCHEN GMBH`,
 * `CARD PURCHASE TESCO STORES` over `3271 LONDON GB`): the second line starts where the first
 * does, in the same type, right under it, and holds neither a date, a time nor money.
 */
import { hasAnyWord } from "./keywords";
import { BALANCE_WORDS, DATE_COLUMN_WORDS, LIST_WORDS } from "./lexicon";
import type { ListRow } from "./list-rows";
import { rowTimes } from "./page";

/** How much two lines' letter heights may differ and still be the same type. */
const SAME_TYPE = 0.1;
/**
 * The same, in a statement table, where no category stands under a booking text: tesseract's
 * word boxes follow ascenders and descenders (`GmbH Abschlag` stands 36 px where `Lastschrift
 * Stadtwerke` beside its amount stands 32, same font). In app lists a category set a little
 * smaller than the payee must stay apart (tune: `Groceries` under `99 SPEED MART 1523`).
 */
const SAME_TYPE_IN_TABLE = 0.25;
/** The widest gap between a line and its continuation, in letter heights: line spacing. */
const MAX_LINE_GAP = 0.6;
/** The same in a table, whose rows stand further apart than the lines of one cell (0.67 measured). */
const MAX_LINE_GAP_IN_TABLE = 0.8;

/** Room a text box keeps before the amount beside it, in letter heights (its padding). */
const BOX_PADDING = 1.5;

/**
 * True when the line above ran out of room: its text ends so close to the amount on its right
 * that the next line's first word would not have fitted there. A category under a short payee
 * (`Tesco` over `Groceries`) would have fitted, so it was set on a line of its own on purpose.
 */
function ranOutOfRoom(anchor: ListRow, next: ListRow, upper: ListRow = anchor): boolean {
  const last = upper.description.tokens[upper.description.tokens.length - 1];
  const amount = anchor.amount?.tokens[0];
  const word = next.description.tokens[0];
  if (!last || !amount || !word || amount.box.x0 <= last.box.x1) return false;
  const room = amount.box.x0 - last.box.x1;
  return room < word.box.x1 - word.box.x0 + anchor.row.height * BOX_PADDING;
}

/**
 * True when the anchor's own words continue a description that ran out of room on the line
 * above it (`FASTER PAYMENT TO MR JONATHAN SMITHSON` over `REF 2291   -£23.45`, the amount set
 * level with the second line): same type, same left edge, right under it, and the line above
 * ends where the anchor's first word would not have fitted before the amount.
 */
export function continuesAbove(upper: ListRow, anchor: ListRow): boolean {
  const first = upper.description.tokens[0];
  const start = anchor.description.tokens[0];
  if (!first || !start || upper.row.index !== anchor.row.index - 1) return false;
  if (!/\p{L}{2}|[\u3040-\u9fff\uac00-\ud7af]/u.test(anchor.description.text)) return false;
  const height = anchor.row.height;
  const sameType = Math.abs(upper.row.height - height) <= Math.max(upper.row.height, height) * SAME_TYPE;
  const gap = anchor.row.box.y0 - upper.row.box.y1;
  const aligned = Math.abs(start.box.x0 - first.box.x0) <= height;
  return sameType && aligned && gap <= height * MAX_LINE_GAP && ranOutOfRoom(anchor, anchor, upper);
}

/**
 * The line that continues the anchor's own description, among the lines attached to it, or
 * null. In a statement table (a column header over the rows) any such line; in
 * a list without columns only where the first line ran out of room: an app's list sets a
 * one-word category under the payee in much the same type (`Popular Bookstore` over
 * `Shopping`), which no measure of type tells from a wrapped name, but a short name leaves
 * room the category would have fitted in.
 */
export function continuationOf(anchor: ListRow, attached: readonly ListRow[], inTable = false): ListRow | null {
  const first = anchor.description.tokens[0];
  if (!first) return null;
  const table = inTable || anchor.column !== null;
  const height = anchor.row.height;
  const next = attached.find((r) => r.row.index === anchor.row.index + 1);
  if (next?.kind !== "text" || rowTimes(next.row).length > 0) return null;
  // In a table a card's day inside the booking text (`STORES 3041 ON 27 NOV`) is text; a date at
  // the line's start is the next row's, and a labelled one (`Value date 10/29/2026`) is meta.
  const text = next.description.text;
  const inText = (d: ListRow["dates"][number]) =>
    d.yearInferred && d.tokens.every((t) => t.box.x0 > first.box.x0 + height);
  const textDates = table && next.dates.every(inText) && !hasAnyWord(text, DATE_COLUMN_WORDS);
  if (next.dates.length > 0 && !textDates) return null;
  if (!/\p{L}{2}|[\u3040-\u9fff\uac00-\ud7af]/u.test(text)) return null;
  if (hasAnyWord(text, BALANCE_WORDS) || hasAnyWord(text, LIST_WORDS)) return null;
  const tolerance = table ? SAME_TYPE_IN_TABLE : SAME_TYPE;
  const sameType = Math.abs(next.row.height - height) <= Math.max(next.row.height, height) * tolerance;
  const gap = next.row.box.y0 - anchor.row.box.y1;
  const start = next.description.tokens[0];
  const aligned = start !== undefined && Math.abs(start.box.x0 - first.box.x0) <= height;
  if (!sameType || !aligned || gap > height * (table ? MAX_LINE_GAP_IN_TABLE : MAX_LINE_GAP)) return null;
  return table || ranOutOfRoom(anchor, next) ? next : null;
}
