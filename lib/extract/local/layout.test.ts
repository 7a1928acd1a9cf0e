import { describe, expect, it } from "vitest";
import type { OcrResult, OcrWord } from "@/lib/ocr/types";
import { buildRows, makeRun, rawText, type Token, tokensIn, unionBoxes } from "./layout";
import { ocrFromRows } from "./test-ocr";

function word(text: string, x0: number, y0: number, x1: number, y1: number, confidence = 95): OcrWord {
  return { text, confidence, box: { x0, y0, x1, y1 } };
}

/** An OcrResult whose every word is its own line, in the given (possibly shuffled) order. */
function ocrOfWords(words: OcrWord[], width = 1170, height = 2532): OcrResult {
  return {
    width,
    height,
    text: words.map((w) => w.text).join(" "),
    confidence: 90,
    lines: words.map((w) => ({ text: w.text, confidence: w.confidence, box: w.box, words: [w] })),
  };
}

function token(text: string, x0: number, x1: number, y0 = 0, y1 = 40): Token {
  return { raw: text, text, box: { x0, y0, x1, y1 }, confidence: 90 };
}

describe("buildRows", () => {
  it("keeps a slanted line's first word on it when the line climbs away from it", () => {
    // A photographed receipt tilted a few degrees: each word sits higher than the one before.
    const rows = buildRows(
      ocrOfWords([
        word("KEDAI", 100, 160, 170, 190),
        word("RUNCIT", 180, 148, 290, 186),
        word("MAJU", 300, 138, 380, 172),
        word("SDN", 390, 132, 450, 163),
        word("BHD", 460, 126, 520, 158),
        word("12,", 100, 230, 140, 260),
        word("Jalan", 150, 226, 230, 256),
      ]),
    );
    expect(rows.map((r) => r.text)).toEqual(["KEDAI RUNCIT MAJU SDN BHD", "12, Jalan"]);
  });

  it("does not chain the next line in through a word that only just joined the row", () => {
    const rows = buildRows(
      ocrOfWords([
        word("SANYU", 100, 100, 200, 140),
        word("STATI", 210, 100, 300, 140),
        // A smudge half on the name's line, then the address line climbing up beside it.
        word("X", 310, 125, 330, 150),
        word("INDAH", 340, 130, 440, 155),
        word("JALAN", 100, 170, 200, 195),
      ]),
    );
    expect(rows.map((r) => r.text)).toEqual(["SANYU STATI X", "INDAH", "JALAN"]);
  });

  it("regroups a label and its distant value into one row, split into two cells", () => {
    const rows = buildRows(ocrFromRows(["Total | $12.45", "Visa •••• 4242"]));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(["Total", "$12.45"]);
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(["Visa •••• 4242"]);
  });

  it("orders rows top to bottom and words left to right whatever the OCR order", () => {
    const rows = buildRows(
      ocrOfWords([
        word("$5.40", 900, 300, 1000, 340),
        word("Coffee", 300, 302, 420, 338),
        word("Blue", 100, 300, 180, 340),
        word("Date", 100, 100, 180, 140),
      ]),
    );
    expect(rows.map((r) => r.text)).toEqual(["Date", "Blue Coffee $5.40"]);
  });

  it("keeps a tight sub-line apart from its title", () => {
    const rows = buildRows(
      ocrOfWords([
        word("Groceries", 248, 1006, 413, 1033),
        word("Trader", 246, 957, 392, 991),
        word("$23.10", 928, 962, 1071, 996),
      ]),
    );
    expect(rows.map((r) => r.text)).toEqual(["Trader $23.10", "Groceries"]);
  });

  it("joins Japanese characters split by tesseract without spaces", () => {
    const rows = buildRows(ocrFromRows(["お支払い金額 | ¥1,280"], { splitJapanese: true }));
    expect(rows[0]?.cells[0]?.text).toBe("お支払い金額");
  });

  it("drops a round icon that spans a title and its sub-line", () => {
    const rows = buildRows(
      ocrOfWords([
        word("@", 96, 951, 210, 1065),
        word("Trader", 246, 957, 392, 991),
        word("$23.10", 928, 960, 1071, 995),
        word("Groceries", 248, 1026, 413, 1053),
      ]),
    );
    expect(rows.map((r) => r.text)).toEqual(["Trader $23.10", "Groceries"]);
  });

  it("drops chevrons, doubtful Latin fragments and the yen misread fixes across words", () => {
    const rows = buildRows(
      ocrOfWords([
        word("Visa", 100, 100, 180, 140),
        word("es", 190, 105, 230, 135, 16),
        word("4242", 240, 100, 330, 140),
        word(">", 1000, 100, 1020, 140),
      ]),
    );
    expect(rows[0]?.text).toBe("Visa 4242");
    const yen = buildRows(ocrOfWords([word("\\", 100, 100, 115, 140), word("1,280", 125, 100, 230, 140)]));
    expect(yen[0]?.text).toBe("¥ 1,280");
  });

  it("keeps a doubtful month name between a day and a year (worn print), not one alone", () => {
    const line = (words: OcrWord[]): OcrResult => ({
      width: 900,
      height: 1800,
      text: words.map((w) => w.text).join(" "),
      confidence: 60,
      lines: [
        {
          text: words.map((w) => w.text).join(" "),
          confidence: 60,
          box: { x0: 100, y0: 100, x1: 240, y1: 120 },
          words,
        },
      ],
    });
    const date = buildRows(
      line([
        word("05", 100, 100, 130, 120, 55),
        word("Mar", 140, 100, 180, 120, 0),
        word("2018", 190, 100, 240, 120, 0),
      ]),
    );
    expect(date[0]?.text).toBe("05 Mar 2018");
    const icon = buildRows(line([word("Mar", 100, 100, 140, 120, 0), word("Coffee", 150, 100, 240, 120)]));
    expect(icon[0]?.text).toBe("Coffee");
  });

  it("keeps doubted initials between two sure words of capitals (KEDAI AB MAJU), not beside small letters", () => {
    const line = (words: OcrWord[]): OcrResult => ({
      width: 900,
      height: 1800,
      text: words.map((w) => w.text).join(" "),
      confidence: 80,
      lines: [
        {
          text: words.map((w) => w.text).join(" "),
          confidence: 80,
          box: { x0: 100, y0: 100, x1: 400, y1: 130 },
          words,
        },
      ],
    });
    const name = buildRows(
      line([word("KEDAI", 100, 100, 190, 130), word("AB", 200, 100, 240, 130, 20), word("MAJU", 250, 100, 330, 130)]),
    );
    expect(name[0]?.text).toBe("KEDAI AB MAJU");
    // Beside words in small letters, a doubted pair of capitals is an icon's reading.
    const icon = buildRows(
      line([word("Coffee", 100, 100, 190, 130), word("AB", 200, 100, 240, 130, 20), word("Bean", 250, 100, 330, 130)]),
    );
    expect(icon[0]?.text).toBe("Coffee Bean");
  });

  it("keeps a doubtful capitalised head of a line before its number (Lot 3,), not a fragment elsewhere", () => {
    const line = (words: OcrWord[]): OcrResult => ({
      width: 900,
      height: 1800,
      text: words.map((w) => w.text).join(" "),
      confidence: 60,
      lines: [
        {
          text: words.map((w) => w.text).join(" "),
          confidence: 60,
          box: { x0: 100, y0: 100, x1: 400, y1: 120 },
          words,
        },
      ],
    });
    const lot = buildRows(
      line([
        word("Lot", 100, 100, 130, 120, 25),
        word("3,", 140, 100, 160, 120, 25),
        word("Jalan", 170, 100, 240, 120),
      ]),
    );
    expect(lot[0]?.text).toBe("Lot 3, Jalan");
    const fragment = buildRows(
      line([word("Visa", 100, 100, 160, 120), word("Es", 170, 100, 200, 120, 16), word("4242", 210, 100, 280, 120)]),
    );
    expect(fragment[0]?.text).toBe("Visa 4242");
  });

  it("measures the font height of each row", () => {
    const rows = buildRows(ocrFromRows(["Payment successful", { cells: ["$12.45"], height: 96 }]));
    expect(rows[1]?.height).toBe(96);
    expect(rows[0]?.height).toBe(36);
  });
});

describe("runs", () => {
  it("maps a text range back to its tokens", () => {
    const run = makeRun([token("Total", 0, 100), token("$12.45", 300, 420)]);
    expect(run.text).toBe("Total $12.45");
    expect(tokensIn(run, 6, 12).map((t) => t.text)).toEqual(["$12.45"]);
    expect(tokensIn(run, 0, 12)).toHaveLength(2);
  });
  it("joins the raw text the same way", () => {
    expect(rawText([token("合", 0, 40), token("計", 41, 80)])).toBe("合計");
    expect(rawText([token("Blue", 0, 80), token("Bottle", 95, 200)])).toBe("Blue Bottle");
  });
  it("unions boxes", () => {
    expect(
      unionBoxes([
        { x0: 10, y0: 5, x1: 20, y1: 15 },
        { x0: 0, y0: 8, x1: 12, y1: 30 },
      ]),
    ).toEqual({ x0: 0, y0: 5, x1: 20, y1: 30 });
    expect(unionBoxes([])).toBeNull();
  });
});

describe("lines without words", () => {
  it("reads a line that has no word boxes as one word", () => {
    const rows = buildRows({
      width: 1000,
      height: 2000,
      text: "Total $5.00",
      confidence: 90,
      lines: [{ text: "Total $5.00", confidence: 90, box: { x0: 50, y0: 100, x1: 400, y1: 140 }, words: [] }],
    });
    expect(rows[0]?.text).toBe("Total $5.00");
  });
});
