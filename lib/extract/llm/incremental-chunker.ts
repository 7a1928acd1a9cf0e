import { chunkAt, HEADER_LINES, type LineChunk } from "@/lib/extract/llm/chunk-lines";
import type { OcrLine } from "@/lib/ocr/types";

/**
 * Cuts a list into chunks while its lines are still being read: lines are handed out as soon as
 * they are known (in page order) and a model call is free to take them, in chunks of at most
 * `maxLines`, with the same context a chunk of the finished page gets (chunkAt). When reading ends, the lines left are handed out too, split
 * into up to `pieces` near-equal chunks, so the model's last answers (the ones the job waits
 * for) are short when calls are free to run beside each other. Every line is in exactly one
 * chunk, in page order.
 *
 * Parts are equal in the lines that carry rows: the page's first HEADER_LINES lines (status
 * bar, title, account, period) give the model no rows to write, so the part that holds them
 * takes them on top of its share (a part of the header and a few rows ended seconds before
 * its neighbours, whose calls then held the last strips' rows back).
 */
export class IncrementalChunker {
  private readonly known: OcrLine[] = [];
  private cut = 0;
  private finished = false;

  constructor(private readonly maxLines: number) {
    if (!Number.isInteger(maxLines) || maxLines < 1) throw new RangeError("maxLines must be ≥ 1");
  }

  /**
   * Adds the next lines of the page (in order) and hands out lines not yet in a chunk, in up to
   * `pieces` parts (the model calls free now) of at least `minLines` (a part with fewer costs
   * more in prompt and context than the rows it saves waiting for) and at most `largest` lines
   * (never more than `maxLines`), header lines not counted. Lines left over wait for the next
   * call to free up, the next lines, or the end of the page.
   */
  spread(lines: readonly OcrLine[], pieces: number, minLines: number, largest = this.maxLines): LineChunk[] {
    if (this.finished) throw new Error("the page has ended: no more lines");
    this.known.push(...lines);
    const most = Math.max(1, Math.min(this.maxLines, Math.floor(largest)));
    const least = Math.max(1, Math.min(most, Math.floor(minLines)));
    const unsent = this.unsentRowLines;
    if (Math.floor(pieces) < 1 || unsent < least) return [];
    const count = Math.min(Math.floor(pieces), Math.max(1, Math.floor(unsent / least)));
    return nearEqual(unsent, count).map((size) => this.take(Math.min(size, most)));
  }

  /**
   * The page has ended with `lines` (its last lines, not yet pushed): every line not yet in a
   * chunk, in near-equal chunks of at most `maxLines` — as many as `pieces` when they keep at
   * least `minLines` lines each (fewer chunks rather than tiny ones). These are the answers the
   * job waits for last, so they are made short when calls are free. A page that ends within one
   * chunk stays one chunk, as when it is read after OCR.
   */
  finish(lines: readonly OcrLine[] = [], pieces = 1, minLines = 1): LineChunk[] {
    if (this.finished) throw new Error("the page has ended already");
    this.finished = true;
    this.known.push(...lines);
    const rest = this.known.length - this.cut;
    if (rest === 0) return [];
    const long = this.cut > 0 || rest > this.maxLines;
    const needed = Math.ceil(rest / this.maxLines);
    const wanted = long ? Math.max(needed, Math.floor(pieces)) : 1;
    const unsent = this.unsentRowLines;
    const count = Math.max(needed, Math.min(wanted, Math.floor(unsent / Math.max(1, minLines))));
    const chunks = nearEqual(unsent, count).map((size) => this.take(size));
    // Only where a part's header lines took it past maxLines are lines left: they go on in parts of at most maxLines.
    while (this.cut < this.known.length) chunks.push(this.take(this.maxLines));
    return chunks;
  }

  /**
   * The page has ended with `lines` (its last lines, not yet pushed); the lines not yet in a
   * chunk are then taken one part at a time with `next`, each sized when a call is free for it.
   */
  end(lines: readonly OcrLine[] = []): void {
    if (this.finished) throw new Error("the page has ended already");
    this.finished = true;
    this.known.push(...lines);
  }

  /** After `end`: the next part, of `size` lines past the header lines not yet sent (which it takes too). */
  next(size: number): LineChunk | null {
    if (!this.finished) throw new Error("the page has not ended: use spread");
    if (this.cut >= this.known.length) return null;
    return this.take(Math.max(1, Math.floor(size)));
  }

  /** Lines seen so far. */
  get lines(): number {
    return this.known.length;
  }

  /** Lines already handed out in chunks. */
  get sent(): number {
    return this.cut;
  }

  /** Lines of the page's header not yet handed out (they come with the next part, on top of its share). */
  get headerUnsent(): number {
    return Math.max(0, Math.min(HEADER_LINES - this.cut, this.known.length - this.cut));
  }

  /** Lines not yet handed out that are not the page's header. */
  get unsentRowLines(): number {
    return this.known.length - this.cut - this.headerUnsent;
  }

  /** The next part: `size` lines past the header lines not yet sent, which it takes too; never more than maxLines. */
  private take(size: number): LineChunk {
    const lines = Math.max(1, Math.min(this.maxLines, this.headerUnsent + size, this.known.length - this.cut));
    const chunk = chunkAt(this.known, this.cut, lines);
    this.cut += lines;
    return chunk;
  }
}

/** `total` split into `count` sizes that differ by at most one, the larger first. */
function nearEqual(total: number, count: number): number[] {
  const parts = Math.max(1, count);
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0)).filter((size) => size > 0);
}
