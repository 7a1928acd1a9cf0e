import { describe, expect, it } from "vitest";
import { addCounts, countScripts, countScriptsOfWords } from "@/lib/ocr/script-counts";

describe("countScripts", () => {
  it("counts letters by writing system and ignores digits, punctuation and symbols", () => {
    expect(countScripts("Total ¥1,280 (税込)")).toEqual({ latin: 5, kana: 0, hangul: 0, han: 2 });
    expect(countScripts("스타벅스 12,500원")).toEqual({ latin: 0, kana: 0, hangul: 5, han: 0 });
    expect(countScripts("ありがとう ございました")).toEqual({ latin: 0, kana: 11, hangul: 0, han: 0 });
  });

  it("counts half-width katakana as kana (the voiced sound mark ﾞ belongs to no script)", () => {
    expect(countScripts("ﾐﾂｲｽﾐﾄﾓ ｶ-ﾄﾞ").kana).toBe(9);
  });

  it("counts fullwidth Latin as Latin and Traditional Chinese as Han", () => {
    expect(countScripts("ＡＴＭ 統一發票")).toEqual({ latin: 3, kana: 0, hangul: 0, han: 4 });
  });

  it("adds counts", () => {
    expect(addCounts(countScripts("ab"), countScripts("가カ"))).toEqual({ latin: 2, kana: 1, hangul: 1, han: 0 });
  });
});

describe("countScriptsOfWords", () => {
  it("skips lone glyphs, which are symbols misread (€ as を or 호)", () => {
    expect(countScriptsOfWords(["REWE", "-97,08", "を", "Becker", "+946,06", "호"])).toEqual({
      latin: 10,
      kana: 0,
      hangul: 0,
      han: 0,
    });
  });

  it("keeps words of two letters or more in any script", () => {
    expect(countScriptsOfWords(["支払", "い", "ポイ", "ント", "결제", "交易"])).toEqual({
      latin: 0,
      kana: 4,
      hangul: 2,
      han: 4,
    });
  });
});
