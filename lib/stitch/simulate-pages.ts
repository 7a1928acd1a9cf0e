import type { TransactionRow } from "@/lib/extract/schema";
import type { TruthRow } from "@/lib/stitch/score-stitch";

/**
 * Screenshots of a list made from its truth rows, read as a noisy OCR would read them, for
 * measuring the merge without OCR: consecutive pages share `overlapRows` rows; a page's edge rows
 * are cut off (the bottom one loses its amount or its description's end, the top one its date);
 * any description may have a character misread, and any row inside a page may be missed.
 */
export interface NoiseOptions {
  pages: number;
  overlapRows: number;
  /** Per row and page: a character of the description misread. */
  misread: number;
  /** Per row and page: the row not read at all. */
  missed: number;
  /** A random number in [0, 1). */
  random: () => number;
}

const LOOK_ALIKES: Record<string, string> = { l: "I", o: "0", e: "c", a: "o", i: "l", n: "m", s: "5", t: "f" };

function misreadText(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const char = text[at] ?? "";
  const swapped = LOOK_ALIKES[char.toLowerCase()] ?? char;
  return text.slice(0, at) + swapped + text.slice(at + 1);
}

function field<T>(value: T | null, confidence = 0.9) {
  return { value, text: value === null ? null : String(value), box: null, confidence, seen: value !== null };
}

function read(truth: TruthRow, random: () => number, misread: number): TransactionRow {
  const description = random() < misread ? misreadText(truth.description, random) : truth.description;
  return {
    date: field(truth.date),
    description: field(description),
    amount: field(truth.amount),
    direction: truth.direction,
  };
}

export function simulatePages(truth: readonly TruthRow[], options: NoiseOptions): TransactionRow[][] {
  const { pages, overlapRows, random } = options;
  const size = Math.ceil((truth.length + (pages - 1) * overlapRows) / pages);
  const step = Math.max(1, size - overlapRows);
  const result: TransactionRow[][] = [];
  for (let page = 0; page < pages; page++) {
    const start = Math.min(page * step, truth.length);
    const slice = truth.slice(start, page === pages - 1 ? truth.length : start + size);
    const rows = slice.map((row) => read(row, random, options.misread));
    const last = rows.at(-1);
    if (last && page < pages - 1) {
      // The bottom row, half under the page's edge.
      if (random() < 0.5) last.amount = field<number>(null, 0);
      else last.description = field(last.description.value?.slice(0, 4) ?? null, 0.4);
    }
    const first = rows[0];
    if (first && page > 0) first.date = field<string>(null, 0);
    result.push(rows.filter((_, index) => index === 0 || index === rows.length - 1 || random() >= options.missed));
  }
  return result;
}
