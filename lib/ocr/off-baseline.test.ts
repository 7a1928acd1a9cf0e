import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testOcrPool } from "@/e2e/support/ocr-pool";
import { offBaselineSpans } from "@/lib/ocr/off-baseline";
import { recognizeScreenshot } from "@/lib/ocr/recognize";
import type { OcrLine, OcrWord } from "@/lib/ocr/types";

const word = (text: string, confidence: number, x0: number, y0: number, y1: number): OcrWord => ({
  text,
  confidence,
  box: { x0, y0, x1: x0 + text.length * 8, y1 },
});
const line = (words: OcrWord[]): OcrLine => ({
  text: words.map((w) => w.text).join(" "),
  confidence: 70,
  box: {
    x0: Math.min(...words.map((w) => w.box.x0)),
    y0: Math.min(...words.map((w) => w.box.y0)),
    x1: Math.max(...words.map((w) => w.box.x1)),
    y1: Math.max(...words.map((w) => w.box.y1)),
  },
  words,
});

/** A wallet row's sub-line that took in the amount centred beside the payee and the sub-line. */
const subLineWithAmount = line([
  word("=", 51, 32, 204, 215), // the avatar's letter, on the amount's level
  word("Today", 93, 65, 214, 226),
  word(":", 20, 104, 218, 219),
  word("10:04", 92, 112, 215, 223),
  word(":", 23, 150, 218, 219),
  word("Payment", 96, 158, 215, 226),
  word("MYR", 96, 312, 204, 215),
  word("71-55", 73, 351, 204, 215),
]);

describe("offBaselineSpans", () => {
  it("finds the amount read on the sub-line's baseline, in prepared pixels", () => {
    const [span, ...rest] = offBaselineSpans([subLineWithAmount], 2);
    expect(rest).toEqual([]);
    expect(span).toMatchObject({ lineIndex: 0, first: 6, last: 7, x0: 624, y0: 408, y1: 430 });
    expect(span?.confidence).toBeCloseTo(84.5);
  });

  it("leaves a line on one baseline alone, even a skewed scan's that drifts word by word", () => {
    const skewed = line(
      ["SUBTOTAL", "(EXCLUDING", "GST)", "RM", "29.10"].map((text, index) =>
        word(text, 90, index * 80, 300 + index * 3, 318 + index * 3),
      ),
    );
    const mixedHeights = line([
      word("Top", 30, 64, 252, 273),
      word("up", 30, 98, 254, 266),
      word("+MYR", 92, 276, 261, 270),
      word("1,844.95", 95, 327, 261, 272),
    ]);
    expect(offBaselineSpans([skewed, mixedHeights], 1)).toEqual([]);
  });

  it("leaves runs too short to read alone (a stray mark off the line) and specks too small to read", () => {
    const stray = line([
      word("-", 40, 10, 100, 110),
      word("Starbucks", 95, 40, 112, 126),
      word("Coffee", 95, 130, 112, 126),
    ]);
    const specks = line([
      word("TOTAL", 90, 10, 100, 112),
      word("RM", 90, 80, 100, 112),
      word("'.,", 20, 140, 84, 91),
      word(":~'", 20, 170, 84, 91),
    ]);
    expect(offBaselineSpans([stray, specks], 1)).toEqual([]);
    // The same specks on a page read at four times the size are tall enough to try.
    expect(offBaselineSpans([specks], 4)).toHaveLength(1);
  });
});

/** Real tesseract with Debian's data, on a generated 1× wallet screenshot (fixtures/ocr-layout). */
describe("recognizeScreenshot re-reads words on another line's baseline", { timeout: 60_000 }, () => {
  const pool = testOcrPool({ langs: "eng" });
  const image = fs.readFileSync(path.join(import.meta.dirname, "../../fixtures/ocr-layout/wallet-history-light.png"));
  const amounts = ["71.95", "17.75", "266.00", "60.90", "255.70"];

  it("reads every amount centred beside a payee and its sub-line, where the page misread their digits", async () => {
    const once = await recognizeScreenshot({ pool, image, stripMinHeight: 1000, rereadGarbled: false });
    const twice = await recognizeScreenshot({ pool, image, stripMinHeight: 1000 });
    expect(amounts.filter((amount) => once.text.includes(amount)).length).toBeLessThan(3);
    for (const amount of amounts) expect(twice.text).toContain(`MYR ${amount}`);
    // Put back in place: the amount's box is on the right, at its row's height.
    const first = twice.lines.flatMap((line) => line.words).find((word) => word.text === "71.95");
    expect(first?.box.x0).toBeGreaterThan(330);
    expect(first?.box.y0).toBeGreaterThan(195);
    expect(first?.box.y1).toBeLessThan(230);
  });
});
