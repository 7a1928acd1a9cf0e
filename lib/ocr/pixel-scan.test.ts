import { describe, expect, it } from "vitest";
import { blankRows, DARK_MEAN_BELOW, inkRows, meanOf, scanPixels } from "@/lib/ocr/pixel-scan";

/** A page of `background` with "glyph" stripes of `ink` on rows 10–20 and 40–50. */
function page(width: number, height: number, background: number, ink: number): Uint8Array {
  const gray = new Uint8Array(width * height).fill(background);
  for (const [top, bottom] of [
    [10, 20],
    [40, 50],
  ] as const) {
    for (let y = top; y < bottom; y++) for (let x = 20; x < width - 20; x += 5) gray[y * width + x] = ink;
  }
  return gray;
}

describe("scanPixels", () => {
  it("leaves a light page as it is and finds its blank and ink rows", () => {
    const gray = page(120, 60, 245, 20);
    const before = gray.slice();
    const rows = scanPixels(gray, 120, 60);
    expect(rows.inverted).toBe(false);
    expect(gray).toEqual(before);
    expect(rows.blank).toEqual(blankRows(before, 120, 60));
    expect(rows.ink).toEqual(inkRows(before, 120, 60));
    expect(rows.blank.slice(10, 20).some(Boolean)).toBe(false);
    expect(rows.blank.slice(25, 35).every(Boolean)).toBe(true);
    expect(rows.ink.slice(40, 50).every(Boolean)).toBe(true);
  });

  it("inverts a dark page in place before finding its rows", () => {
    const gray = page(120, 60, 15, 230);
    expect(meanOf(gray)).toBeLessThan(DARK_MEAN_BELOW);
    const rows = scanPixels(gray, 120, 60);
    expect(rows.inverted).toBe(true);
    expect(gray[0]).toBe(240);
    expect(gray[10 * 120 + 20]).toBe(25);
    expect(rows.blank).toEqual(blankRows(page(120, 60, 240, 25), 120, 60));
  });
});
