import { describe, expect, it } from "vitest";
import type { Token } from "./layout";
import { withoutRowNoise } from "./list-row-noise";

/** OCR words laid out left to right, one box each. */
function tokens(...words: string[]): Token[] {
  return words.map((text, i) => ({
    raw: text,
    text,
    confidence: 90,
    box: { x0: i * 100, y0: 0, x1: i * 100 + 80, y1: 20 },
  }));
}

const kept = (...words: string[]) => withoutRowNoise(tokens(...words)).map((t) => t.text);

describe("withoutRowNoise", () => {
  it.each([
    [
      ["Amazon", "Marketplace", "****4821"],
      ["Amazon", "Marketplace"],
    ],
    [["Shell", "••••", "0937"], ["Shell"]],
    [
      ["Virement", "vers", "xxxx-2210"],
      ["Virement", "vers"],
    ],
    [
      ["Überweisung", "*4410", "Miete"],
      ["Überweisung", "Miete"],
    ],
    [["Netflix.com", "Pending"], ["Netflix.com"]],
    [
      ["Pending", "Uber", "Trip"],
      ["Uber", "Trip"],
    ],
    [
      ["Carrefour", "Market", "En", "attente"],
      ["Carrefour", "Market"],
    ],
    [
      ["EDEKA", "Neukölln", "Vorgemerkt"],
      ["EDEKA", "Neukölln"],
    ],
    [["배달의민족", "승인"], ["배달의민족"]],
    [
      ["스타벅스", "역삼점", "원"],
      ["스타벅스", "역삼점"],
    ],
    [
      ["誠", "品", "書", "店", "處", "理", "中"],
      ["誠", "品", "書", "店"],
    ],
    [
      ["ロ", "ー", "ソ", "ン", "確", "定"],
      ["ロ", "ー", "ソ", "ン"],
    ],
    [
      ["Grab", "Ride", "MYR"],
      ["Grab", "Ride"],
    ],
    [["Tesco", "(Pending)"], ["Tesco"]],
  ])("%j → %j", (words, expected) => {
    expect(kept(...words)).toEqual(expected);
  });

  it.each([
    // All the row says: the chip names the transaction.
    [["Refunded"]],
    [["취소"]],
    // Part of a name, not at its edge, or not a mask.
    [["Payments", "Ltd"]],
    [["7-Eleven", "1523"]],
    [["Studio", "XX", "Café"]],
    [["一", "元"]],
    [["RM"]],
  ])("leaves %j alone", (words) => {
    expect(kept(...words)).toEqual(words);
  });
});
