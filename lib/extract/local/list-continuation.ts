/**
 * A description that goes on to a second line. Statements and card histories wrap a long
 * payee or booking text under itself (`SEPA-LASTSCHRIFT STADTWERKE` over `MUENCHEN GMBH`,
 * `CARD PURCHASE TESCO STORES` over `3271 LONDON GB`): the second line starts where the first
 * does, in the same type, right under it, and holds neither a date, a time nor money.
 */
import { hasAnyWord } from "./keywords";
import { BALANCE_WORDS, LIST_WORDS } from "./lexicon";
import type { ListRow } from "./list-rows";
import { rowTimes } from "./page";

/** How much two lines' letter heights may differ and still be the same type. */
const SAME_TYPE = 0.1;
/** The widest gap between a line and its continuation, in letter heights: line spacing. */
const MAX_LINE_GAP = 0.6;

/**
 * The line that continues the anchor's own description, among the lines attached to it, or
 * null. Only in a statement table (the amount stands in a column under a header): an app's
 * list sets a one-word category under the payee in much the same type (`Popular Bookstore`
 * over `Shopping`), which no measure of type tells from a wrapped name.
 */
export function continuationOf(anchor: ListRow, attached: readonly ListRow[]): ListRow | null {
  const first = anchor.description.tokens[0];
  if (!first || anchor.column === null) return null;
  const next = attached.find((r) => r.row.index === anchor.row.index + 1);
  if (next?.kind !== "text" || next.dates.length > 0 || rowTimes(next.row).length > 0) return null;
  const text = next.description.text;
  if (!/\p{L}{2}|[\u3040-\u9fff\uac00-\ud7af]/u.test(text)) return null;
  if (hasAnyWord(text, BALANCE_WORDS) || hasAnyWord(text, LIST_WORDS)) return null;
  const height = anchor.row.height;
  const sameType = Math.abs(next.row.height - height) <= Math.max(next.row.height, height) * SAME_TYPE;
  const gap = next.row.box.y0 - anchor.row.box.y1;
  const start = next.description.tokens[0];
  const aligned = start !== undefined && Math.abs(start.box.x0 - first.box.x0) <= height;
  return sameType && aligned && gap <= height * MAX_LINE_GAP ? next : null;
}
