import { chunkAt, type LineChunk } from "@/lib/extract/llm/chunk-lines";
import type { OcrLine } from "@/lib/ocr/types";

/**
 * Cuts a list into chunks while its lines are still being read: lines are handed out as soon as
 * they are known (in page order) and a model call is free to take them, in chunks of at most
 * `maxLines`, with the same context a chunk of the finished page gets (chunkAt). When reading ends, the lines left are handed out too, split
 * into up to `pieces` near-equal chunks, so the model's last answers (the ones the job waits
 * for) are short when calls are free to run beside each other. Every line is in exactly one
 * chunk, in page order.
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
   * (never more than `maxLines`). Lines left over wait for the next call to free up, the next
   * lines, or the end of the page.
   */
  spread(lines: readonly OcrLine[], pieces: number, minLines: number, largest = this.maxLines): LineChunk[] {
    if (this.finished) throw new Error("the page has ended: no more lines");
    this.known.push(...lines);
    const most = Math.max(1, Math.min(this.maxLines, Math.floor(largest)));
    const least = Math.max(1, Math.min(most, Math.floor(minLines)));
    const unsent = this.known.length - this.cut;
    if (Math.floor(pieces) < 1 || unsent < least) return [];
    const count = Math.min(Math.floor(pieces), Math.max(1, Math.floor(unsent / least)));
    const size = Math.min(most, Math.max(least, Math.ceil(unsent / count)));
    const chunks: LineChunk[] = [];
    while (chunks.length < count && this.known.length - this.cut >= least) {
      chunks.push(this.take(Math.min(size, this.known.length - this.cut)));
    }
    return chunks;
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
    const count = Math.max(needed, Math.min(wanted, Math.floor(rest / Math.max(1, minLines))));
    const size = Math.ceil(rest / count);
    const chunks: LineChunk[] = [];
    while (this.cut < this.known.length) chunks.push(this.take(Math.min(size, this.known.length - this.cut)));
    return chunks;
  }

  /** Lines seen so far. */
  get lines(): number {
    return this.known.length;
  }

  /** Lines already handed out in chunks. */
  get sent(): number {
    return this.cut;
  }

  private take(size: number): LineChunk {
    const chunk = chunkAt(this.known, this.cut, size);
    this.cut += size;
    return chunk;
  }
}
