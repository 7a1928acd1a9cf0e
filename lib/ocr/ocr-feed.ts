import { abortable } from "@/lib/async/abortable";
import { PageOrder } from "@/lib/ocr/page-order";
import type { OcrLine, OcrResult } from "@/lib/ocr/types";

/**
 * OCR's lines as they are read, for an extractor that starts before OCR ends (docs/pipelining.md).
 * The reading side reports each strip (in any order), then the whole result or a failure; the
 * extracting side sees the lines in page order, grown a strip at a time, and waits for more with
 * `changed()`. Several readers may wait at once; none is needed for the feed to fill.
 */
export class OcrFeed {
  private readonly order = new PageOrder();
  private readonly known: OcrLine[] = [];
  private final: OcrResult | null = null;
  private error: unknown = null;
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  /** The page's size (normalised image pixels) and the strips it is cut into, once known. */
  layout: { width: number; height: number; strips: number } | null = null;

  /** The lines usable so far, top to bottom. */
  get lines(): readonly OcrLine[] {
    return this.known;
  }

  /** The lines known so far as an OCR result of their own (the page's size, once known). */
  soFar(): OcrResult {
    const lines = [...this.known];
    const width = this.layout?.width ?? Math.max(1, ...lines.map((line) => line.box.x1));
    const height = this.layout?.height ?? Math.max(1, ...lines.map((line) => line.box.y1));
    const text = lines.map((line) => line.text).join("\n");
    const words = lines.flatMap((line) => line.words);
    const confidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
    return this.final ?? { width, height, text, confidence, lines };
  }

  /**
   * How many lines the page will have, from the lines known so far and how far down the page
   * they reach; exact once OCR has ended, null before the page's size or any line is known.
   */
  estimatedLines(): number | null {
    if (this.final) return this.final.lines.length;
    const bottom = Math.max(0, ...this.known.map((line) => line.box.y1));
    if (!this.layout || this.known.length === 0 || bottom <= 0) return null;
    return Math.round((this.known.length * this.layout.height) / Math.min(bottom, this.layout.height));
  }

  /** Whether OCR has ended (every line is in `lines`). */
  get ended(): boolean {
    return this.final !== null;
  }

  /** The whole result once OCR has ended, else null. */
  get result(): OcrResult | null {
    return this.final;
  }

  /** Reading side: strip `index` (0 at the top) is done. */
  addStrip(index: number, lines: readonly OcrLine[]): void {
    if (this.final || this.error) return;
    const released = this.order.add(index, lines);
    if (released.length === 0) return;
    this.known.push(...released);
    this.wake();
  }

  /** Reading side: OCR ended. Its lines are the ones that count (they are what verification sees). */
  finish(result: OcrResult): void {
    if (this.final || this.error) return;
    this.final = result;
    this.known.splice(0, this.known.length, ...result.lines);
    this.wake();
  }

  /** Reading side: OCR failed or was stopped; every reader waiting now or later gets `error`. */
  fail(error: unknown): void {
    if (this.final || this.error) return;
    this.error = error ?? new Error("OCR stopped");
    const waiters = this.waiters.splice(0);
    for (const waiter of waiters) waiter.reject(this.error);
  }

  /**
   * Resolves at the next change (more lines, or the end); at once when OCR has already ended.
   * Rejects when OCR failed. Created only when asked for, so a failure nobody waits on is no
   * unhandled rejection.
   */
  changed(): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    if (this.final) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Waits until at least `count` lines are known or OCR has ended. */
  async waitForLines(count: number, signal?: AbortSignal): Promise<void> {
    while (this.known.length < count && !this.final) await abortable(this.changed(), signal);
  }

  /** Waits for the end of OCR and returns its result. */
  async whole(signal?: AbortSignal): Promise<OcrResult> {
    while (!this.final) await abortable(this.changed(), signal);
    return this.final;
  }

  private wake(): void {
    const waiters = this.waiters.splice(0);
    for (const waiter of waiters) waiter.resolve();
  }
}
