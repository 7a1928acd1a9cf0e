/**
 * Grouping the rows of a list into transactions. Each row holding a transaction amount (an
 * anchor) is a transaction; the rows between anchors are attached to the nearer one (a sub-line
 * with its date, a description above its amount), and a date standing alone above a group of
 * anchors is the date of every anchor in the group that has none of its own.
 */
import type { ListRow } from "./list-rows";
import type { RowDate } from "./page";

/** An anchor with the rows attached to it and the group date above it. */
export interface Transaction {
  anchor: ListRow;
  /** Rows attached to the anchor (sub-lines, a description line), nearest first. */
  attached: ListRow[];
  /** The date of the group header the anchor stands under, if any. */
  groupDate: RowDate | null;
}

/** Vertical gap from the bottom of `upper` to the top of `lower` (negative when they overlap). */
function gap(upper: ListRow, lower: ListRow): number {
  return lower.row.box.y0 - upper.row.box.y1;
}

/**
 * Attaches each date or text row to the nearer anchor (above or below). A date-only row nearer
 * the row below it than the row above it is a group header: its date applies to the anchors
 * under it until the next header. Text rows further than about two lines from any anchor
 * (titles, footers) are left alone.
 */
export function groupTransactions(rows: ListRow[]): Transaction[] {
  const transactions = new Map<ListRow, Transaction>();
  const anchors = rows.filter((r) => r.kind === "anchor");
  for (const anchor of anchors) transactions.set(anchor, { anchor, attached: [], groupDate: null });

  const live = rows.filter((r) => r.kind !== "noise");
  let currentGroup: RowDate | null = null;
  let prevAnchor: ListRow | null = null;
  live.forEach((r, i) => {
    if (r.kind === "anchor") {
      const t = transactions.get(r);
      if (t) t.groupDate = currentGroup;
      prevAnchor = r;
      return;
    }
    // Month and column headers start a new section: a date group above them no longer applies.
    if (r.kind === "month" || r.kind === "header") {
      currentGroup = null;
      prevAnchor = null;
      return;
    }
    if (r.kind !== "date" && r.kind !== "text") return;
    const before = live[i - 1];
    const after = live[i + 1];
    if (r.kind === "date") {
      const up = before ? gap(before, r) : Infinity;
      const down = after ? gap(r, after) : Infinity;
      // Under a group header already, another date row is the next group's header, not a
      // sub-line of the anchor above: lists that date their groups do not date single rows too.
      if (!prevAnchor || down < up || currentGroup !== null) {
        currentGroup = r.dates[0] ?? null;
        return;
      }
    }
    const nextAnchor = live.slice(i + 1).find((x) => x.kind === "anchor" || x.kind === "month" || x.kind === "header");
    const below = nextAnchor?.kind === "anchor" ? nextAnchor : null;
    const up = prevAnchor ? gap(prevAnchor, r) : Infinity;
    const down = below ? gap(r, below) : Infinity;
    const target = up <= down ? prevAnchor : below;
    if (!target || Math.min(up, down) > r.row.height * 2.5) return;
    transactions.get(target)?.attached.push(r);
  });

  // Nearest attached rows first: they are the likeliest description or date.
  for (const t of transactions.values()) {
    t.attached.sort((a, b) => distance(t.anchor, a) - distance(t.anchor, b));
  }
  return anchors.map((a) => transactions.get(a)).filter((t): t is Transaction => t !== undefined);
}

function distance(anchor: ListRow, other: ListRow): number {
  return Math.abs((anchor.row.box.y0 + anchor.row.box.y1) / 2 - (other.row.box.y0 + other.row.box.y1) / 2);
}
