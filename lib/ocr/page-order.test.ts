import { describe, expect, it } from "vitest";
import { PageOrder } from "@/lib/ocr/page-order";
import type { OcrLine } from "@/lib/ocr/types";

const line = (text: string): OcrLine => ({ text, confidence: 90, box: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [] });
const texts = (lines: OcrLine[]) => lines.map((l) => l.text);

describe("PageOrder", () => {
  it("releases a strip only once every strip above it is done", () => {
    const order = new PageOrder();
    expect(order.add(2, [line("c1")])).toEqual([]);
    expect(order.add(1, [line("b1"), line("b2")])).toEqual([]);
    expect(order.released).toBe(0);
    expect(texts(order.add(0, [line("a1")]))).toEqual(["a1", "b1", "b2", "c1"]);
    expect(order.released).toBe(3);
    expect(texts(order.add(3, [line("d1")]))).toEqual(["d1"]);
  });

  it("passes an empty strip through without holding back the ones below it", () => {
    const order = new PageOrder();
    expect(texts(order.add(1, [line("b1")]))).toEqual([]);
    expect(texts(order.add(0, []))).toEqual(["b1"]);
  });

  it("refuses a strip reported twice", () => {
    const order = new PageOrder();
    order.add(0, [line("a")]);
    expect(() => order.add(0, [line("a")])).toThrow(/twice/);
    order.add(2, [line("c")]);
    expect(() => order.add(2, [line("c")])).toThrow(/twice/);
  });
});
