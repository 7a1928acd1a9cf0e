import { describe, expect, it } from "vitest";
import { chunkAt, chunkLines, type LineChunk } from "@/lib/extract/llm/chunk-lines";
import { IncrementalChunker } from "@/lib/extract/llm/incremental-chunker";
import { leastPartLines, MIN_TAIL_LINES } from "@/lib/extract/llm/read-list-as-read";
import type { OcrLine } from "@/lib/ocr/types";

const page = Array.from(
  { length: 47 },
  (_, i): OcrLine => ({
    text: `line ${i}`,
    confidence: 90,
    box: { x0: 0, y0: i * 40, x1: 200, y1: i * 40 + 30 },
    words: [],
  }),
);
const texts = (chunks: LineChunk[]) => chunks.map((chunk) => chunk.lines.map((l) => l.text));

/**
 * Feeds `lines` in batches of the given sizes, each with `free` calls free, then ends the page
 * with the rest split over `pieces` calls; every chunk handed out, in order.
 */
function feedInBatches(
  chunker: IncrementalChunker,
  lines: OcrLine[],
  sizes: number[],
  free = 2,
  pieces = 3,
): LineChunk[] {
  const chunks: LineChunk[] = [];
  let at = 0;
  for (const size of sizes) {
    chunks.push(...chunker.spread(lines.slice(at, at + size), free, 5));
    at += size;
  }
  return [...chunks, ...chunker.finish(lines.slice(at), pieces, 5)];
}

describe("IncrementalChunker", () => {
  it("hands lines out as soon as they are known and calls are free, with the finished page's context", () => {
    const chunker = new IncrementalChunker(15);
    // Three lines are too few for a part of their own (and are the page's header).
    expect(chunker.spread(page.slice(0, 3), 4, 5)).toEqual([]);
    // Seventeen known, four calls free, at least five lines a part: the 11 past the header in two
    // parts of six and five; the first takes the header's six lines on top.
    const early = chunker.spread(page.slice(3, 17), 4, 5);
    expect(texts(early).map((chunk) => chunk.length)).toEqual([12, 5]);
    expect(early[0]?.context).toEqual([]);
    expect(early[1]).toEqual(chunkAt(page, 12, 5));
    expect(chunker.sent).toBe(17);
    // Sixteen more, one call free: one part of maxLines; the last line waits.
    const next = chunker.spread(page.slice(17, 33), 1, 5);
    // The page's first 6 lines and the 4 just before the chunk.
    expect(next).toEqual([chunkAt(page, 17, 15)]);
    expect(chunker.sent).toBe(32);
    expect(next[0]?.context.map((l) => l.text)).toEqual([
      ...page.slice(0, 6).map((l) => l.text),
      ...page.slice(13, 17).map((l) => l.text),
    ]);
  });

  it("sends no part of the header alone: its lines give the model no rows to write", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.spread(page.slice(0, 9), 4, 4)).toEqual([]);
    expect(chunker.headerUnsent).toBe(6);
    expect(chunker.unsentRowLines).toBe(3);
    expect(chunker.spread(page.slice(9, 10), 4, 4)).toEqual([chunkAt(page, 0, 10)]);
    expect(chunker.headerUnsent).toBe(0);
  });

  it("keeps lines waiting while no call is free, and sends them when one frees", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.spread(page.slice(0, 14), 0, 5)).toEqual([]);
    expect(chunker.spread([], 1, 5)).toEqual([chunkAt(page, 0, 14)]);
  });

  it("makes no part larger than asked (nor than maxLines): the rest waits for calls to free up", () => {
    const chunker = new IncrementalChunker(15);
    expect(texts(chunker.spread(page.slice(0, 40), 1, 5)).map((chunk) => chunk.length)).toEqual([15]);
    expect(texts(chunker.spread([], 2, 5, 6)).map((chunk) => chunk.length)).toEqual([6, 6]);
    expect(chunker.sent).toBe(27);
    // Thirteen left, three calls: at least five a part, so two parts (of seven and six).
    expect(texts(chunker.spread([], 3, 5)).map((chunk) => chunk.length)).toEqual([7, 6]);
  });

  it("covers every line once, in order, however the lines arrive", () => {
    for (const sizes of [[47], [1, 1, 1, 40], [14, 1, 15, 16], [3, 30, 2], [0, 0, 46], [], [20]]) {
      for (const free of [0, 1, 4]) {
        const chunker = new IncrementalChunker(15);
        const chunks = feedInBatches(chunker, page, sizes, free);
        expect(chunks.flatMap((chunk) => chunk.lines)).toEqual(page);
        expect(Math.max(...chunks.map((chunk) => chunk.lines.length))).toBeLessThanOrEqual(15);
        // Each chunk's context is what the whole page gives a chunk at that place.
        let start = 0;
        for (const chunk of chunks) {
          expect(chunk).toEqual(chunkAt(page, start, chunk.lines.length));
          start += chunk.lines.length;
        }
      }
    }
  });

  it("splits what is left at the end over the free calls, never below the minimum size", () => {
    const chunker = new IncrementalChunker(15);
    // 36 known, two parts of 15 (the first 6 of its lines the header); 6 wait.
    expect(chunker.spread(page.slice(0, 36), 2, 15)).toHaveLength(2);
    // 10 lines left: 3 free calls but at least 4 lines each → 2 chunks of 5.
    expect(texts(chunker.finish(page.slice(36, 40), 3, 4)).map((chunk) => chunk.length)).toEqual([5, 5]);
    expect(chunker.lines).toBe(40);
  });

  it("splits the last strips' lines over the free calls", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.spread(page.slice(0, 15), 1, 9)).toHaveLength(1);
    // 32 lines not yet sent at the end, 4 calls free: 4 chunks of 8 instead of 15, 15, 2.
    const tail = chunker.finish(page.slice(15), 4, 5);
    expect(texts(tail).map((chunk) => chunk.length)).toEqual([8, 8, 8, 8]);
    expect(tail[0]).toEqual(chunkAt(page, 15, 8));
    // With one call free, never more than maxLines a chunk: 33 lines, 27 past the header, in
    // three parts of nine; the first takes the header too.
    const busy = new IncrementalChunker(15);
    expect(texts(busy.finish(page.slice(0, 33), 1, 5)).map((chunk) => chunk.length)).toEqual([15, 9, 9]);
  });

  it("after the end, hands out one part at a time, each sized when its call is free", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.spread(page.slice(0, 15), 1, 9)).toEqual([chunkAt(page, 0, 15)]);
    expect(() => chunker.next(3)).toThrow(/not ended/);
    chunker.end(page.slice(15, 30));
    expect(chunker.unsentRowLines).toBe(15);
    expect(chunker.next(5)).toEqual(chunkAt(page, 15, 5));
    // Never past what is left.
    expect(chunker.next(20)).toEqual(chunkAt(page, 20, 10));
    expect(chunker.next(1)).toBeNull();
    expect(() => chunker.end()).toThrow(/ended/);
  });

  it("keeps a list that fits one chunk whole and without context, as the finished page would", () => {
    const chunker = new IncrementalChunker(45);
    // No call free while OCR read: the lines waited.
    expect(chunker.spread(page.slice(0, 30), 0, 5)).toEqual([]);
    expect(chunker.finish(page.slice(30, 40), 4, 5)).toEqual(chunkLines(page.slice(0, 40), 45));
  });

  it("hands out nothing at the end when every line is already in a chunk", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.spread(page.slice(0, 30), 3, 8)).toHaveLength(3);
    expect(chunker.finish([], 4)).toEqual([]);
    expect(() => chunker.spread(page.slice(30), 1, 5)).toThrow(/ended/);
    expect(() => chunker.finish()).toThrow(/ended/);
  });
});

describe("leastPartLines", () => {
  const budget = (maxCalls: number, used: number) => ({ maxCalls, used: { calls: used, tokens: 0 } });

  it("is the tail minimum while the budget has calls enough", () => {
    // 30 lines to send, 12 calls with 1 used and 2 kept back: 9 calls, parts of at least 4.
    expect(leastPartLines(30, budget(12, 1), 45)).toBe(MIN_TAIL_LINES);
    expect(leastPartLines(39, budget(12, 1), 45)).toBe(Math.max(MIN_TAIL_LINES, 5));
  });

  it("grows so that a long list fits the calls the job has left, never past chunkLines", () => {
    expect(leastPartLines(200, budget(12, 1), 45)).toBe(23);
    expect(leastPartLines(500, budget(12, 1), 45)).toBe(45);
    expect(leastPartLines(60, budget(12, 12), 45)).toBe(45);
  });
});
