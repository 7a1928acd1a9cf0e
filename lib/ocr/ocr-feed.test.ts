import { describe, expect, it } from "vitest";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
import type { OcrLine, OcrResult } from "@/lib/ocr/types";

const line = (text: string, y = 0): OcrLine => ({
  text,
  confidence: 90,
  box: { x0: 0, y0: y, x1: 100, y1: y + 20 },
  words: [{ text, confidence: 80, box: { x0: 0, y0: y, x1: 100, y1: y + 20 } }],
});
const result = (lines: OcrLine[]): OcrResult => ({
  width: 500,
  height: 900,
  text: lines.map((l) => l.text).join("\n"),
  confidence: 80,
  lines,
});

describe("OcrFeed", () => {
  it("grows in page order and wakes whoever waits", async () => {
    const feed = new OcrFeed();
    const waiting = feed.waitForLines(2);
    feed.addStrip(1, [line("b")]);
    expect(feed.lines).toEqual([]);
    feed.addStrip(0, [line("a")]);
    await waiting;
    expect(feed.lines.map((l) => l.text)).toEqual(["a", "b"]);
    expect(feed.ended).toBe(false);
    const whole = feed.whole();
    feed.finish(result([line("a"), line("b"), line("c")]));
    expect((await whole).lines).toHaveLength(3);
    expect(feed.lines.map((l) => l.text)).toEqual(["a", "b", "c"]);
    await expect(feed.changed()).resolves.toBeUndefined();
  });

  it("gives the lines so far as a result with the page's size, once known", () => {
    const feed = new OcrFeed();
    feed.layout = { width: 1170, height: 4000, strips: 3 };
    feed.addStrip(0, [line("a", 10), line("b", 40)]);
    expect(feed.soFar()).toMatchObject({ width: 1170, height: 4000, text: "a\nb", confidence: 80 });
  });

  it("estimates the page's lines from how far down the known lines reach", () => {
    const feed = new OcrFeed();
    expect(feed.estimatedLines()).toBeNull();
    feed.layout = { width: 500, height: 1000, strips: 4 };
    expect(feed.estimatedLines()).toBeNull();
    // 10 lines reaching down to y=250 of 1000: about 40.
    feed.addStrip(
      0,
      Array.from({ length: 10 }, (_, i) => line(`l${i}`, i * 25 + 5)),
    );
    expect(feed.estimatedLines()).toBe(40);
    feed.finish(result([line("a"), line("b")]));
    expect(feed.estimatedLines()).toBe(2);
  });

  it("rejects every reader, waiting now or later, when OCR fails", async () => {
    const feed = new OcrFeed();
    const waiting = feed.whole();
    feed.fail(new Error("pool closed"));
    await expect(waiting).rejects.toThrow("pool closed");
    await expect(feed.changed()).rejects.toThrow("pool closed");
    // Reports after the failure change nothing.
    feed.addStrip(0, [line("a")]);
    feed.finish(result([line("a")]));
    expect(feed.ended).toBe(false);
  });

  it("stops waiting when the reader's signal aborts", async () => {
    const feed = new OcrFeed();
    const stop = new AbortController();
    const waiting = feed.waitForLines(5, stop.signal);
    stop.abort(new Error("job stopped"));
    await expect(waiting).rejects.toThrow("job stopped");
  });
});
