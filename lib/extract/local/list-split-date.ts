/**
 * A booking day a narrow date column wrapped onto two lines: `28` on the transaction's line and
 * `Nov` under it, at the same left edge (a statement table on a phone, `28 Nov` in a column too
 * narrow for it). Neither line reads as a date alone; together they are the row's date, and
 * neither word describes the row.
 */

import type { Token } from "./layout";
import type { ListRow } from "./list-rows";
import type { RowDate } from "./page";
import { type DateContext, inferYear, isoDate, isValidDate, monthFromName } from "./parse-date";

/** The row's description without the given tokens. */
type Describe = (tokens: Token[]) => { text: string; tokens: Token[] };

/**
 * Gives each row that starts with a day alone the month that starts the line right under it,
 * in place; `contexts[i]` is the date context of `rows[i]` (its month header's year).
 */
export function joinSplitDates(rows: ListRow[], contexts: DateContext[], redescribe: Describe): void {
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    const day = r.description.tokens[0];
    // The month may have left the line's description already, taken for an avatar's initials.
    const month = next?.row.tokens[0];
    if (!next || !day || !month || r.dates.length > 0 || next.row.index !== r.row.index + 1) return;
    if (!/^\d{1,2}$/.test(day.text) || Number(day.text) < 1 || day !== r.row.tokens[0]) return;
    const monthNumber = monthFromName(month.text);
    if (monthNumber === null) return;
    const height = r.row.height;
    if (Math.abs(month.box.x0 - day.box.x0) > height || next.row.box.y0 - r.row.box.y1 > height) return;
    const ctx = contexts[i] ?? {};
    const dayNumber = Number(day.text);
    const year = inferYear(monthNumber, dayNumber, ctx);
    if (!isValidDate(year, monthNumber, dayNumber)) return;
    const date: RowDate = {
      iso: isoDate(year, monthNumber, dayNumber),
      year,
      month: monthNumber,
      day: dayNumber,
      yearInferred: true,
      start: 0,
      end: 0,
      text: `${day.text} ${month.text}`,
      tokens: [day, month],
    };
    r.dates = [date];
    r.description = redescribe(r.description.tokens.slice(1));
    next.description = redescribe(next.description.tokens.filter((t) => t !== month));
    if (next.kind === "text" && !/\p{L}/u.test(next.description.text)) next.kind = "noise";
  });
}
