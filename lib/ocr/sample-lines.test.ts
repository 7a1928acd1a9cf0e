import { describe, expect, it } from "vitest";
import type { PreparedImage } from "@/lib/ocr/prepare-image";
import { inkRows, sampleImage, spreadBands, textBands } from "@/lib/ocr/sample-lines";

/** A light page (grey margins, like paper on a table) with dark "glyph" stripes on the given rows. */
function page(width: number, height: number, textRows: Array<[number, number]>): PreparedImage {
  const gray = new Uint8Array(width * height).fill(250);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width * 0.1; x++) {
      gray[y * width + x] = 200;
      gray[y * width + width - 1 - x] = 200;
    }
  }
  for (const [top, bottom] of textRows) {
    for (let y = top; y < bottom; y++) for (let x = width * 0.2; x < width * 0.8; x += 6) gray[y * width + x] = 30;
  }
  return { gray, width, height, scale: 1, inverted: false };
}

describe("inkRows", () => {
  it("marks rows crossing glyphs, not the rows that only cross the paper's edges", () => {
    const image = page(200, 60, [[10, 30]]);
    const rows = inkRows(image.gray, image.width, image.height);
    expect(rows.slice(10, 30).every(Boolean)).toBe(true);
    expect(rows.slice(0, 10).some(Boolean)).toBe(false);
    expect(rows.slice(30).some(Boolean)).toBe(false);
  });

  it("closes one-pixel gaps inside a line (thin strokes)", () => {
    const image = page(200, 60, [
      [10, 20],
      [21, 30],
    ]);
    expect(inkRows(image.gray, image.width, image.height).slice(10, 30).every(Boolean)).toBe(true);
  });
});

describe("textBands and spreadBands", () => {
  it("keeps line-sized runs and drops specks and pictures", () => {
    const ink = Array.from({ length: 300 }, (_, y) => (y >= 10 && y < 30) || y === 50 || (y >= 100 && y < 250));
    expect(textBands(ink, 100)).toEqual([{ top: 10, bottom: 30 }]);
  });

  it("spreads the sample over the whole page", () => {
    const bands = Array.from({ length: 40 }, (_, i) => ({ top: i * 10, bottom: i * 10 + 8 }));
    const picked = spreadBands(bands, 4);
    expect(picked.map((band) => band.top)).toEqual([50, 150, 250, 350]);
  });
});

describe("sampleImage", () => {
  it("stacks the text lines into a small PGM", () => {
    const image = page(100, 400, [
      [20, 40],
      [100, 120],
      [300, 330],
    ]);
    const pgm = sampleImage(image);
    expect(pgm?.subarray(0, 13).toString("ascii")).toBe("P5\n100 134\n25");
  });

  it("is null for an image without text", () => {
    expect(sampleImage(page(100, 100, []))).toBeNull();
  });
});
