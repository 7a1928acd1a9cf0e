import { describe, expect, it } from "vitest";
import { blankRows, splitStrips } from "@/lib/ocr/split-strips";

/** Rows of text `lineHeight` tall separated by `gap` blank rows. */
function textRows(height: number, lineHeight: number, gap: number): boolean[] {
  return Array.from({ length: height }, (_, y) => y % (lineHeight + gap) >= lineHeight);
}

function coverage(strips: ReturnType<typeof splitStrips>, height: number) {
  const cores = strips.map((s) => [s.coreTop, s.coreBottom]);
  expect(cores[0]?.[0]).toBe(0);
  expect(cores.at(-1)?.[1]).toBe(height);
  for (let i = 1; i < cores.length; i++) expect(cores[i]?.[0]).toBe(cores[i - 1]?.[1]);
}

describe("splitStrips", () => {
  it("keeps a short image whole", () => {
    expect(splitStrips(textRows(1500, 40, 20), { minHeight: 1000 })).toEqual([
      { top: 0, bottom: 1500, coreTop: 0, coreBottom: 1500 },
    ]);
  });

  it("cuts a tall image only through blank rows", () => {
    const rows = textRows(4000, 40, 20);
    const strips = splitStrips(rows, { minHeight: 1000 });
    expect(strips.length).toBeGreaterThanOrEqual(2);
    coverage(strips, 4000);
    for (const strip of strips.slice(1)) {
      expect(rows[strip.top]).toBe(true);
      expect(strip.top).toBe(strip.coreTop);
    }
    for (const strip of strips) expect(strip.bottom - strip.top).toBeGreaterThanOrEqual(1000);
  });

  it("overlaps strips when there is no blank band to cut through", () => {
    const rows = new Array<boolean>(3000).fill(false);
    const strips = splitStrips(rows, { minHeight: 1000, overlap: 100 });
    coverage(strips, 3000);
    expect(strips[0]).toEqual({ top: 0, bottom: 1100, coreTop: 0, coreBottom: 1000 });
    expect(strips[1]?.top).toBe(900);
  });

  it("ignores gaps narrower than minGap", () => {
    const rows = textRows(2400, 60, 3);
    const strips = splitStrips(rows, { minHeight: 1000, minGap: 6, overlap: 50 });
    expect(strips[0]?.bottom).toBe(1050);
  });
});

describe("blankRows", () => {
  it("marks uniform rows blank and text rows not, tolerating a border", () => {
    const width = 200;
    const gray = new Uint8Array(width * 3).fill(240);
    gray[0] = 0; // a card border on the blank row
    for (let x = 50; x < 150; x += 3) gray[width + x] = 20; // text on row 1
    gray[2 * width + 100] = 10; // one stray pixel on row 2
    expect(blankRows(gray, width, 3)).toEqual([true, false, true]);
  });
});
