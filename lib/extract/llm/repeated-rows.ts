import type { TransactionListAnswer } from "@/lib/extract/llm/answer-schemas";
import { normaliseForMatch } from "@/lib/verify/normalise";
import { amountSpellings, dateSpellings } from "@/lib/verify/spellings";

type Row = TransactionListAnswer["rows"][number];

/** One chunk's rows, with the text of the lines that were the chunk's own (its context left out). */
export interface ChunkRows {
  rows: Row[];
  /** Undefined when not known (an answer about the whole page): its rows are all kept. */
  ownText?: string;
}

/**
 * Which rows of each chunk's answer to keep when the chunks are merged: `keep[c][r]`.
 *
 * A chunk is asked about its own lines, with a few lines before it as context; a model may
 * still answer rows it saw in that context, or (an endpoint that answers every question with
 * the whole page, as some test doubles and some models do) rows of other chunks altogether.
 * Merged as they are, those rows would be listed twice. So when the same row (date, amount,
 * description) is answered by several chunks, each chunk keeps it only if its amount and date
 * are printed in the chunk's own lines; a chunk that does not show it drops it, as long as some
 * chunk that answered it does. A row no chunk shows (OCR lost its amount) is kept once: in the
 * chunk that keeps the row before it, when that chunk answered it too (so it stays in its
 * place), else where it was first answered. Rows that only one chunk answered are never
 * touched: two identical purchases in two chunks are both kept, each where it is shown.
 */
export function rowsToKeep(chunks: ChunkRows[]): boolean[][] {
  const keep = chunks.map((chunk) => chunk.rows.map(() => true));
  const answeredBy = new Map<string, number[]>();
  chunks.forEach((chunk, index) => {
    for (const row of chunk.rows) {
      const key = rowKey(row);
      const by = answeredBy.get(key) ?? [];
      if (by.at(-1) !== index) by.push(index);
      answeredBy.set(key, by);
    }
  });
  const keptIn = new Map<string, number>();
  const unshown: string[] = [];
  for (const [key, by] of answeredBy) {
    const first = by[0] as number;
    if (by.length < 2 || by.some((index) => chunks[index]?.ownText === undefined)) {
      keptIn.set(key, first);
      continue;
    }
    const showing = by.filter((index) => shows(chunks[index] as ChunkRows, key));
    if (showing.length === 0) {
      unshown.push(key);
      continue;
    }
    keptIn.set(key, showing[0] as number);
    for (const index of by) if (!showing.includes(index)) drop(chunks, keep, index, key);
  }
  // In answer order, so that a run of unshown rows follows the first of them.
  for (const key of unshown) {
    const by = answeredBy.get(key) as number[];
    const keeper = chunkKeepingRowBefore(chunks, keptIn, by[0] as number, key);
    const chosen = keeper !== undefined && by.includes(keeper) ? keeper : (by[0] as number);
    keptIn.set(key, chosen);
    for (const index of by) if (index !== chosen) drop(chunks, keep, index, key);
  }
  return keep;
}

function drop(chunks: ChunkRows[], keep: boolean[][], index: number, key: string): void {
  (chunks[index] as ChunkRows).rows.forEach((row, r) => {
    if (rowKey(row) === key) (keep[index] as boolean[])[r] = false;
  });
}

/** The chunk that keeps the row answered just before `key` in chunk `index`'s answer. */
function chunkKeepingRowBefore(
  chunks: ChunkRows[],
  keptIn: Map<string, number>,
  index: number,
  key: string,
): number | undefined {
  const rows = (chunks[index] as ChunkRows).rows;
  const at = rows.findIndex((row) => rowKey(row) === key);
  for (let r = at - 1; r >= 0; r--) {
    const keeper = keptIn.get(rowKey(rows[r] as Row));
    if (keeper !== undefined) return keeper;
  }
  return undefined;
}

function rowKey(row: Row): string {
  return JSON.stringify([row.date, row.amount, normaliseForMatch(row.description)]);
}

/** Whether the chunk's own lines print the row under `key`: its amount, and its date when it has one. */
function shows(chunk: ChunkRows, key: string): boolean {
  const [date, amount] = JSON.parse(key) as [string | null, number | null, string];
  if (amount === null || chunk.ownText === undefined) return false;
  // NFKC (full-width digits) with spaces kept, which separate an amount from the day before it;
  // and without them, as Japanese OCR text spaces its characters apart.
  const texts = [chunk.ownText.normalize("NFKC").toLowerCase(), normaliseForMatch(chunk.ownText)];
  const printed = (spellings: string[]) =>
    spellings.some((spelling) => texts.some((text) => standsAlone(spelling).test(text)));
  return (
    printed(amountSpellings(Math.abs(amount)).flatMap((spelling) => zeroCentsToo(spelling, amount))) &&
    (date === null || printed(dateSpellings(date)))
  );
}

/** A whole amount may be printed with zero cents (1,850.00). */
function zeroCentsToo(spelling: string, amount: number): string[] {
  return Number.isInteger(amount) ? [spelling, `${spelling}.00`, `${spelling},00`] : [spelling];
}

/** The spelling, not part of a longer number: no digit (or decimal point and digit) touching it. */
function standsAlone(spelling: string): RegExp {
  const before = /^\d/.test(spelling) ? "(?<![\\d.,])" : "";
  const after = /\d$/.test(spelling) ? "(?![.,]?\\d)" : "";
  return new RegExp(`${before}${escapeRegExp(spelling)}${after}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
