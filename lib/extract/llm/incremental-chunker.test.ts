import { describe, expect, it } from "vitest";
import { chunkAt, chunkLines, type LineChunk } from "@/lib/extract/llm/chunk-lines";
import { IncrementalChunker } from "@/lib/extract/llm/incremental-chunker";
import { earlyChunkSize, MIN_TAIL_LINES } from "@/lib/extract/llm/read-list-as-read";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
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
 * Feeds `lines` in batches of the given sizes, then ends the page with the rest split over
 * `pieces` calls; every chunk handed out, in order.
 */
function feedInBatches(chunker: IncrementalChunker, lines: OcrLine[], sizes: number[], pieces = 3): LineChunk[] {
  const chunks: LineChunk[] = [];
  let at = 0;
  for (const size of sizes) {
    chunks.push(...chunker.push(lines.slice(at, at + size)));
    at += size;
  }
  return [...chunks, ...chunker.finish(lines.slice(at), pieces, 5)];
}

describe("IncrementalChunker", () => {
  it("hands a chunk out as soon as its lines are known, with the finished page's context", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.push(page.slice(0, 14))).toEqual([]);
    const first = chunker.push(page.slice(14, 20));
    expect(texts(first)).toEqual([page.slice(0, 15).map((l) => l.text)]);
    expect(first[0]?.context).toEqual([]);
    const second = chunker.push(page.slice(20, 31));
    expect(second).toEqual([chunkAt(page, 15, 15)]);
    // The page's first 6 lines and the 4 just before the chunk.
    expect(second[0]?.context.map((l) => l.text)).toEqual([
      ...page.slice(0, 6).map((l) => l.text),
      ...page.slice(11, 15).map((l) => l.text),
    ]);
  });

  it("covers every line once, in order, however the lines arrive", () => {
    for (const sizes of [[47], [1, 1, 1, 40], [14, 1, 15, 16], [3, 30, 2], [0, 0, 46], [], [20]]) {
      const chunker = new IncrementalChunker(15);
      const chunks = feedInBatches(chunker, page, sizes);
      expect(chunks.flatMap((chunk) => chunk.lines)).toEqual(page);
      expect(Math.max(...chunks.map((chunk) => chunk.lines.length))).toBeLessThanOrEqual(15);
      // Each chunk's context is what the whole page gives a chunk at that place.
      let start = 0;
      for (const chunk of chunks) {
        expect(chunk).toEqual(chunkAt(page, start, chunk.lines.length));
        start += chunk.lines.length;
      }
    }
  });

  it("cuts smaller chunks when asked, never larger than maxLines, with the same context", () => {
    const chunker = new IncrementalChunker(15);
    const early = chunker.push(page.slice(0, 21), 10);
    expect(texts(early).map((chunk) => chunk.length)).toEqual([10, 10]);
    expect(early[1]).toEqual(chunkAt(page, 10, 10));
    expect(texts(chunker.push(page.slice(21, 40), 99)).map((chunk) => chunk.length)).toEqual([15]);
  });

  it("splits what is left at the end over the free calls, never below the minimum size", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.push(page.slice(0, 40))).toHaveLength(2);
    // 10 lines left: 3 free calls but at least 4 lines each → 2 chunks of 5.
    expect(texts(chunker.finish([], 3, 4)).map((chunk) => chunk.length)).toEqual([5, 5]);
    expect(chunker.lines).toBe(40);
  });

  it("splits the last strips' lines, full chunks included, over the free calls", () => {
    const chunker = new IncrementalChunker(15);
    expect(chunker.push(page.slice(0, 20))).toHaveLength(1);
    // 32 lines not yet sent at the end, 4 calls free: 4 chunks of 8 instead of 15, 15, 2.
    const tail = chunker.finish(page.slice(20), 4, 5);
    expect(texts(tail).map((chunk) => chunk.length)).toEqual([8, 8, 8, 8]);
    expect(tail[0]).toEqual(chunkAt(page, 15, 8));
    // With one call free, never more than maxLines a chunk: 15, 15, 3 → near-equal 11, 11, 11.
    const busy = new IncrementalChunker(15);
    expect(texts(busy.finish(page.slice(0, 33), 1, 5)).map((chunk) => chunk.length)).toEqual([11, 11, 11]);
  });

  it("keeps a list that fits one chunk whole and without context, as the finished page would", () => {
    const chunker = new IncrementalChunker(45);
    expect(chunker.push(page.slice(0, 30))).toEqual([]);
    expect(chunker.finish(page.slice(30, 40), 4, 5)).toEqual(chunkLines(page.slice(0, 40), 45));
  });

  it("hands out nothing at the end when every line is already in a chunk", () => {
    const chunker = new IncrementalChunker(10);
    expect(chunker.push(page.slice(0, 30))).toHaveLength(3);
    expect(chunker.finish([], 4)).toEqual([]);
    expect(() => chunker.push(page.slice(30))).toThrow(/ended/);
    expect(() => chunker.finish()).toThrow(/ended/);
  });
});

describe("earlyChunkSize", () => {
  const feedWith = (lines: number, reach: number, height = 1000) => {
    const feed = new OcrFeed();
    feed.layout = { width: 500, height, strips: 4 };
    feed.addStrip(
      0,
      Array.from({ length: lines }, (_, i) => ({
        text: `l${i}`,
        confidence: 90,
        box: { x0: 0, y0: 0, x1: 10, y1: Math.round(((i + 1) * reach) / lines) },
        words: [],
      })),
    );
    return feed;
  };

  it("spreads a medium list over the calls that can run at once", () => {
    // ~40 lines expected, 4 calls at once: chunks of 10 instead of 15.
    expect(earlyChunkSize(feedWith(20, 500), 15, 4)).toBe(10);
  });

  it("keeps chunkLines for a long list, and never goes below the tail minimum", () => {
    expect(earlyChunkSize(feedWith(20, 100), 15, 4)).toBe(15);
    expect(earlyChunkSize(feedWith(4, 500), 15, 4)).toBe(MIN_TAIL_LINES);
    expect(earlyChunkSize(new OcrFeed(), 15, 4)).toBe(15);
  });
});
