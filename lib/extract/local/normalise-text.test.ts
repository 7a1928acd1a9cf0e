import { describe, expect, it } from "vitest";
import {
  collapseJapaneseSpaces,
  comparisonKey,
  fixDigitMisreads,
  fixDollarMisreads,
  fixKatakanaLookalikes,
  fixMinusMisreads,
  fixRinggitDigitMisreads,
  fixRinggitMisreads,
  fixUnitMisreads,
  fixYenMisreads,
  hasJapanese,
  japaneseRatio,
  normaliseText,
  toHalfWidth,
} from "./normalise-text";

describe("toHalfWidth", () => {
  it.each([
    ["１２３４", "1234"],
    ["ＡＢＣマート", "ABCマート"],
    ["￥１，２８０", "¥1,280"],
    ["合計　¥500", "合計 ¥500"],
    ["ｾﾌﾞﾝｲﾚﾌﾞﾝ", "セブンイレブン"],
    ["−¥500", "-¥500"],
    ["–$5.40", "-$5.40"],
    ["（木）", "(木)"],
    ["：", ":"],
  ])("%s → %s", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe("collapseJapaneseSpaces", () => {
  it("removes spaces tesseract puts between Japanese characters", () => {
    expect(collapseJapaneseSpaces("合 計")).toBe("合計");
    expect(collapseJapaneseSpaces("お 支 払 い 金 額")).toBe("お支払い金額");
  });
  it("joins numbers to their Japanese units", () => {
    expect(collapseJapaneseSpaces("2026 年 10 月 3 日")).toBe("2026年10月3日");
    expect(collapseJapaneseSpaces("1,280 円")).toBe("1,280円");
  });
  it("keeps spaces between Latin words", () => {
    expect(collapseJapaneseSpaces("Blue Bottle Coffee")).toBe("Blue Bottle Coffee");
  });
});

describe("fixKatakanaLookalikes", () => {
  it.each([
    ["クレジット力ード", "クレジットカード"],
    ["力ード", "カード"],
    ["口ーソン", "ローソン"],
    ["セブン-イレブン", "セブン-イレブン"],
    ["ス夕ーバックス", "スターバックス"],
    ["ぺイペイ", "ペイペイ"],
  ])("%s → %s", (input, expected) => {
    expect(fixKatakanaLookalikes(input)).toBe(expected);
  });
  it("leaves real kanji among kanji and hiragana alone", () => {
    expect(fixKatakanaLookalikes("入口")).toBe("入口");
    expect(fixKatakanaLookalikes("一番")).toBe("一番");
    expect(fixKatakanaLookalikes("お釣り")).toBe("お釣り");
    expect(fixKatakanaLookalikes("能力")).toBe("能力");
  });
});

describe("fixDigitMisreads", () => {
  it.each([
    ["1,2O0", "1,200"],
    ["¥5O0", "¥500"],
    ["1O/O3", "10/03"],
    ["14:3O", "14:30"],
    ["1l,280", "11,280"],
  ])("%s → %s", (input, expected) => {
    expect(fixDigitMisreads(input)).toBe(expected);
  });
  it("leaves words alone", () => {
    expect(fixDigitMisreads("Oil")).toBe("Oil");
    expect(fixDigitMisreads("ID 1234")).toBe("ID 1234");
    expect(fixDigitMisreads("Oct 3")).toBe("Oct 3");
    expect(fixDigitMisreads("No.1234")).toBe("No.1234");
  });
});

describe("fixYenMisreads", () => {
  it("reads a backslash or a Y before a number as the yen sign", () => {
    expect(fixYenMisreads("\\1,280")).toBe("¥1,280");
    expect(fixYenMisreads("合計 \\ 500")).toBe("合計 ¥ 500");
    expect(fixYenMisreads("Y980")).toBe("¥980");
  });
  it("keeps a Y that is part of a word", () => {
    expect(fixYenMisreads("JPY1,280")).toBe("JPY1,280");
    expect(fixYenMisreads("Yes")).toBe("Yes");
  });
});

describe("fixRinggitMisreads", () => {
  it.each([
    ["SUBTOTAL RN152.00", "SUBTOTAL RM152.00"],
    ["RN152.", "RM152."],
    ["TOTAL RH 41,98", "TOTAL RM 41,98"],
  ])("%s → %s", (text, expected) => {
    expect(fixRinggitMisreads(text)).toBe(expected);
  });
  it.each(["RN 2 UNITS", "BRN152.00", "RHB BANK 12345", "RN12345678"])("leaves %s alone", (text) => {
    expect(fixRinggitMisreads(text)).toBe(text);
  });
});

describe("fixMinusMisreads", () => {
  it("reads a long-vowel mark or kanji one before a number as a minus", () => {
    expect(fixMinusMisreads("ー1,280")).toBe("-1,280");
    expect(fixMinusMisreads("一¥500")).toBe("-¥500");
  });
  it("keeps the long-vowel mark inside katakana", () => {
    expect(fixMinusMisreads("コーヒー")).toBe("コーヒー");
    expect(fixMinusMisreads("ルーム1")).toBe("ルーム1");
  });
});

describe("fixUnitMisreads", () => {
  it("recovers 円 read as n after a grouped number", () => {
    expect(fixUnitMisreads("1.280n")).toBe("1.280円");
    expect(fixUnitMisreads("12,800m")).toBe("12,800円");
  });
  it("recovers oz read as 0z", () => {
    expect(fixUnitMisreads("Cold Brew 320z")).toBe("Cold Brew 32oz");
  });
  it("leaves real units alone", () => {
    expect(fixUnitMisreads("5m")).toBe("5m");
    expect(fixUnitMisreads("500ml")).toBe("500ml");
  });
});

describe("normaliseText", () => {
  it("applies every fix and is idempotent", () => {
    const once = normaliseText("お 支 払 い 金 額　￥１，２８Ｏ");
    expect(once).toBe("お支払い金額 ¥1,280");
    expect(normaliseText(once)).toBe(once);
  });
});

describe("language", () => {
  it("detects Japanese text", () => {
    expect(hasJapanese("合計")).toBe(true);
    expect(hasJapanese("Total ¥1,280")).toBe(false);
    expect(japaneseRatio("合計 Total")).toBeCloseTo(2 / 7);
  });
});

describe("comparisonKey", () => {
  it("ignores spaces, width and case", () => {
    expect(comparisonKey("ファミリーマート 渋谷店")).toBe(comparisonKey("ﾌｧﾐﾘｰﾏｰﾄ渋谷店"));
    expect(comparisonKey("Blue Bottle Coffee")).toBe(comparisonKey("BLUE BOTTLE  COFFEE"));
    expect(comparisonKey("Blue Bottle")).not.toBe(comparisonKey("Blue Bottles"));
  });
});

describe("misread minus signs and yen marks", () => {
  it.each([
    ["23/05 “6,64 €", "23/05 -6,64 €"],
    ["Kaufland ~8.24", "Kaufland -8.24"],
    ["“€12.50", "-€12.50"],
    ["He said “12 apples", "He said “12 apples"],
    ["Amazon -420P9", "Amazon -420円"],
    ["+644F9", "+644円"],
    ["Model P9 420", "Model P9 420"],
  ])("%s → %s", (text, fixed) => {
    expect(fixUnitMisreads(fixMinusMisreads(text))).toBe(fixed);
  });
});

describe("fixRinggitDigitMisreads", () => {
  it("reads look-alike letters after RM as the digits of the amount", () => {
    expect(fixRinggitDigitMisreads("RMB.GO")).toBe("RM8.60");
    expect(fixRinggitDigitMisreads("TOTAL RM 1S.O0")).toBe("TOTAL RM 15.00");
  });
  it("leaves words, whole amounts and the yuan's code alone", () => {
    expect(fixRinggitDigitMisreads("RMB60.00")).toBe("RMB60.00");
    expect(fixRinggitDigitMisreads("RM 12.50")).toBe("RM 12.50");
    expect(fixRinggitDigitMisreads("RMBOSS.SOLD")).toBe("RMBOSS.SOLD");
  });
});

describe("fixDollarMisreads", () => {
  it("reads the S of NT$ and US$ before digits as the dollar sign", () => {
    expect(fixDollarMisreads("總計 NTS1,140")).toBe("總計 NT$1,140");
    expect(fixDollarMisreads("USS 12.00")).toBe("US$ 12.00");
    expect(fixDollarMisreads("Amount $$18.90")).toBe("Amount S$18.90");
  });
  it("leaves words alone", () => {
    expect(fixDollarMisreads("NTS Logistics")).toBe("NTS Logistics");
    expect(fixDollarMisreads("BUSS 12")).toBe("BUSS 12");
  });
});
