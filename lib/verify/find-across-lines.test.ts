import { describe, expect, it } from "vitest";
import type { OcrResult } from "@/lib/ocr/types";
import { findAcrossLines, valueTokens } from "@/lib/verify/find-across-lines";
import { indexOcr } from "@/lib/verify/find-in-ocr";

/** An OCR page from lines of words; each word 20 px per character, lines 40 px apart. */
function page(lines: string[][]): OcrResult {
  const built = lines.map((words, row) => {
    let x = 0;
    const placed = words.map((text) => {
      const box = { x0: x, y0: row * 40, x1: x + text.length * 20, y1: row * 40 + 30 };
      x = box.x1 + 20;
      return { text, confidence: 80, box };
    });
    return {
      text: words.join(" "),
      confidence: 80,
      box: { x0: 0, y0: row * 40, x1: x, y1: row * 40 + 30 },
      words: placed,
    };
  });
  return { width: 800, height: lines.length * 40, text: "", confidence: 80, lines: built };
}

describe("valueTokens", () => {
  it("splits at punctuation, and a Japanese address at its units and where digits start", () => {
    expect(valueTokens("1420 Valencia St, San Francisco")).toEqual(["1420", "valencia", "st", "san", "francisco"]);
    expect(valueTokens("東京都渋谷区神南１－２－３")).toEqual(["東京都", "渋谷区", "神南", "1-2-3"]);
  });
});

describe("findAcrossLines", () => {
  it("finds a Japanese address OCR broke over two lines, with its block number's dashes read as ー", () => {
    const ocr = page([["まちかどマート"], ["東京都渋谷区"], ["神南1ー2ー3"], ["TEL", "03-1234-5678"]]);
    const match = findAcrossLines(indexOcr(ocr), "東京都渋谷区神南1-2-3");
    expect(match).toEqual({
      text: "東京都渋谷区, 神南1ー2ー3",
      box: { x0: 0, y0: 40, x1: 140, y1: 110 },
      confidence: 0.8,
    });
  });

  it("does not take a few short tokens found here and there for the address", () => {
    const ocr = page([
      ["CA", "FE"],
      ["St", "Mary"],
      ["Total", "12.00"],
    ]);
    expect(findAcrossLines(indexOcr(ocr), "12 Oak St, Fresno, CA")).toBeNull();
  });

  it("does not gather tokens from lines further apart than an address is printed", () => {
    const ocr = page([["Shinjuku"], ["a"], ["b"], ["c"], ["d"], ["Nishi-Shinjuku", "2-8-1"]]);
    expect(findAcrossLines(indexOcr(ocr), "Shinjuku 2-8-1, Tokyo")).not.toBeNull();
    const apart = page([["Tokyo"], ["a"], ["b"], ["c"], ["d"], ["2-8-1"]]);
    expect(findAcrossLines(indexOcr(apart), "Tokyo 2-8-1")).toBeNull();
  });
});
