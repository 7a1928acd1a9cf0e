import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testOcrPool } from "@/e2e/support/ocr-pool";
import { recognizeScreenshot } from "@/lib/ocr/recognize";
import { GARBLED_BELOW, garbledSpans } from "@/lib/ocr/reread-garbled";
import type { OcrLine, OcrWord } from "@/lib/ocr/types";

const word = (text: string, confidence: number, x0: number, height = 30): OcrWord => ({
  text,
  confidence,
  box: { x0, y0: 100, x1: x0 + text.length * 15, y1: 100 + height },
});
const line = (words: OcrWord[]): OcrLine => ({
  text: words.map((w) => w.text).join(" "),
  confidence: 50,
  box: { x0: 0, y0: 100, x1: 1000, y1: 130 },
  words,
});

describe("garbledSpans", () => {
  it("finds each run of words read as noise, in the prepared image's pixels", () => {
    const lines = [
      line([
        word("Jul", 95, 190),
        word("3", 87, 250),
        word("Payment", 96, 446),
        word("FasL", 9, 869),
        word("Rene", 5, 959),
      ]),
    ];
    const [span, ...rest] = garbledSpans(lines, 2);
    expect(rest).toEqual([]);
    expect(span).toMatchObject({ lineIndex: 0, first: 3, last: 4, x0: 869 * 2, y0: 200, y1: 260 });
    expect(span?.confidence).toBe(7);
  });

  it("leaves sure words, lone marks and tiny text alone", () => {
    const lines = [
      line([word("Payment", 96, 10), word("RM", GARBLED_BELOW, 300)]),
      line([word("Tealive", 92, 10), word("_", 3, 300)]),
      line([word("tiny", 10, 10, 4)]),
    ];
    expect(garbledSpans(lines, 1)).toEqual([]);
  });
});

/** Real tesseract with Debian's data, on a generated wallet screenshot (fixtures/ocr-layout). */
describe("recognizeScreenshot re-reads garbled words", { timeout: 60_000 }, () => {
  const pool = testOcrPool({ size: 2, langs: "eng+jpn+kor+chi_tra", warmSets: ["jpn+kor"] });
  const image = fs.readFileSync(path.join(import.meta.dirname, "../../fixtures/ocr-layout/wallet-history-dark.png"));

  it("reads amounts centred beside a payee and its sub-line, which the page read as noise", async () => {
    const once = await recognizeScreenshot({ pool, image, stripMinHeight: 1000, rereadGarbled: false });
    const twice = await recognizeScreenshot({ pool, image, stripMinHeight: 1000 });
    // Without the second look these two amounts are lost; with it they are read, in place.
    expect(once.text).not.toContain("197.30");
    expect(once.text).not.toContain("280.55");
    expect(twice.text).toContain("RM 197.30");
    expect(twice.text).toContain("RM 280.55");
    const amount = twice.lines.flatMap((l) => l.words).find((w) => w.text === "197.30");
    // The word's box is where the amount stands on the screenshot (right-hand side, its row).
    expect(amount?.box.x0).toBeGreaterThan(900);
    expect(amount?.box.y0).toBeGreaterThan(860);
    expect(amount?.box.y1).toBeLessThan(940);
  });
});
