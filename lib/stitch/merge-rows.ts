import type { TransactionRow } from "@/lib/extract/schema";
import type { Box } from "@/lib/ocr/types";
import { alignOverlap } from "@/lib/stitch/align-overlap";
import type { MergedRows, RowSource, Seam, StitchedRow } from "@/lib/stitch/schema";

/** One screenshot's rows, corrections applied, in the order the screenshot shows them. */
export interface PageRows {
  jobId: string;
  page: number;
  rows: TransactionRow[];
}

/**
 * Merges the screenshots of one scrolled list into one list. Consecutive pages overlap at the
 * end of one and the start of the next: the rows found on both (alignOverlap) are counted once,
 * as the better reading of the two. Rows alike elsewhere — two coffees at the same price on the
 * same day — are never merged: only the seam between consecutive pages is searched, and a
 * page's own rows are never compared with each other. Pages that do not overlap are joined end
 * to end and the seam says so. The pages' order is the user's, unless it is plainly reversed
 * (screenshots uploaded bottom first): then the rows are merged in the reversed order and
 * `orderReversed` says so.
 */
export function mergeRows(pages: readonly PageRows[]): MergedRows {
  const asGiven = mergeInOrder(pages);
  const found = (merged: MergedRows) => merged.seams.filter((seam) => seam.overlapFound).length;
  if (pages.length < 2 || found(asGiven) === asGiven.seams.length) return asGiven;
  // Screenshots uploaded bottom first: every seam then joins the start of a page to the end of
  // the one before it. Taken only when the reversed order explains strictly more seams.
  const reversed = mergeInOrder([...pages].reverse());
  return found(reversed) > found(asGiven) ? { ...reversed, orderReversed: true } : asGiven;
}

function mergeInOrder(pages: readonly PageRows[]): MergedRows {
  const merged: StitchedRow[] = [];
  const seams: Seam[] = [];
  let repeatsRemoved = 0;
  /** Where each row of the previous page stands in `merged`. */
  let previousSlots: StitchedRow[] = [];
  let previous: PageRows | null = null;

  for (const page of pages) {
    const readings = page.rows.map((row, index) => stitched(row, sourceOf(page, row, index)));
    const overlap = previous ? alignOverlap(previous.rows, page.rows) : null;
    if (previous) {
      const repeated = overlap?.steps.filter((step) => step.kind === "both").length ?? 0;
      seams.push({ page: previous.page, next: page.page, overlapFound: overlap !== null, repeatedRows: repeated });
      repeatsRemoved += repeated;
    }
    if (!overlap) {
      merged.push(...readings);
      previousSlots = readings;
      previous = page;
      continue;
    }
    // Rebuild the tail from the overlap's first row on: rows of older pages that the previous
    // page missed stay where they were, matched rows become one, rows only this page saw go in.
    const firstSlot = previousSlots[overlap.earlierStart];
    const cut = firstSlot ? merged.indexOf(firstSlot) : merged.length;
    const tail = merged.splice(cut);
    const slots: StitchedRow[] = [];
    const emitUpTo = (slot: StitchedRow | undefined) => {
      const until = slot ? tail.indexOf(slot) : -1;
      for (let k = 0; k <= until; k++) merged.push(tail.shift()!);
    };
    for (const step of overlap.steps) {
      if (step.kind === "earlier") {
        emitUpTo(previousSlots[step.earlier]);
      } else if (step.kind === "later") {
        const reading = readings[step.later]!;
        merged.push(reading);
        slots[step.later] = reading;
      } else {
        const kept = previousSlots[step.earlier];
        emitUpTo(kept);
        const reading = readings[step.later]!;
        if (!kept) {
          merged.push(reading);
          slots[step.later] = reading;
          continue;
        }
        const better = betterReading(kept, reading);
        const combined: StitchedRow =
          better === kept
            ? { ...kept, alsoOn: [...kept.alsoOn, reading.source] }
            : { ...reading, alsoOn: [...kept.alsoOn, kept.source] };
        merged[merged.length - 1] = combined;
        slots[step.later] = combined;
      }
    }
    merged.push(...tail);
    for (let index = overlap.laterCount; index < readings.length; index++) {
      merged.push(readings[index]!);
      slots[index] = readings[index]!;
    }
    previousSlots = readings.map((reading, index) => slots[index] ?? reading);
    previous = page;
  }
  return { rows: merged, repeatsRemoved, seams, totals: totalsOf(merged), orderReversed: false };
}

function stitched(row: TransactionRow, source: RowSource): StitchedRow {
  return { ...row, source, alsoOn: [] };
}

function sourceOf(page: PageRows, row: TransactionRow, index: number): RowSource {
  return { jobId: page.jobId, page: page.page, index, box: rowBox(row) };
}

/** The box around all of a row's fields: what to outline on its screenshot. */
export function rowBox(row: TransactionRow): Box | null {
  const boxes = [row.date.box, row.description.box, row.amount.box].filter((box): box is Box => box !== null);
  if (boxes.length === 0) return null;
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}

/**
 * Of two readings of one row, the one to keep: more values read, then more confidence. The row
 * cut off at a page's edge loses to its whole self on the neighbouring page.
 */
function betterReading(a: StitchedRow, b: StitchedRow): StitchedRow {
  return readingQuality(b) > readingQuality(a) ? b : a;
}

function readingQuality(row: TransactionRow): number {
  const fields = [row.date, row.description, row.amount];
  const read = fields.filter((field) => field.value !== null).length;
  const confidence = fields.reduce((sum, field) => sum + (field.value === null ? 0 : field.confidence), 0);
  return read * 10 + confidence;
}

function totalsOf(rows: StitchedRow[]): MergedRows["totals"] {
  const totals = { out: 0, in: 0, unread: 0 };
  for (const row of rows) {
    if (row.amount.value === null) totals.unread++;
    else totals[row.direction] += Math.abs(row.amount.value);
  }
  // Sums of money in cents, without the float dust of many additions.
  return { ...totals, out: Math.round(totals.out * 100) / 100, in: Math.round(totals.in * 100) / 100 };
}
