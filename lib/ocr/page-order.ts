import type { OcrLine } from "@/lib/ocr/types";

/**
 * Puts strips read in parallel back in page order. A strip's lines are usable only once every
 * strip above it is done: a list read top to bottom must not see row 30 before row 12, and the
 * lines just before a chunk (its context) must be the page's, not whatever finished first.
 */
export class PageOrder {
  private readonly waiting = new Map<number, OcrLine[]>();
  private next = 0;

  /** Takes strip `index`'s lines; returns the lines this makes usable, in page order (often none). */
  add(index: number, lines: readonly OcrLine[]): OcrLine[] {
    if (!Number.isInteger(index) || index < 0) throw new RangeError(`strip index ${index} is not a position`);
    if (index < this.next || this.waiting.has(index)) throw new Error(`strip ${index} was reported twice`);
    this.waiting.set(index, [...lines]);
    const released: OcrLine[] = [];
    for (let strip = this.waiting.get(this.next); strip !== undefined; strip = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      released.push(...strip);
      this.next++;
    }
    return released;
  }

  /** Strips released so far (all strips above the first one still missing). */
  get released(): number {
    return this.next;
  }
}
