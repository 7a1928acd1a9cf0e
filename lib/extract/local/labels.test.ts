import { describe, expect, it } from "vitest";
import { findWord, hasAnyWord, labelAt } from "./keywords";
import { findLabelledValues } from "./labels";
import { buildRows } from "./layout";
import { ocrFromRows } from "./test-ocr";

describe("keywords", () => {
  it("matches English words on word boundaries, without case", () => {
    expect(hasAnyWord("TOTAL $5.00", ["total"])).toBe(true);
    expect(hasAnyWord("Subtotal $5.00", ["total"])).toBe(false);
    expect(hasAnyWord("Total", ["to"])).toBe(false);
    expect(hasAnyWord("Amount  paid", ["amount paid"])).toBe(true);
  });
  it("matches Japanese words as substrings, even spaced out", () => {
    expect(hasAnyWord("お支払い金額", ["金額"])).toBe(true);
    expect(hasAnyWord("合 計 ¥500", ["合計"])).toBe(true);
    expect(findWord("ご利用金額合計", "合計")).toEqual({ start: 5, end: 7 });
  });
});

describe("labelAt", () => {
  it("finds the label at the start and where its value begins", () => {
    expect(labelAt("Ref: 0012-4471", ["ref"])).toEqual({ label: "ref", valueStart: 5 });
    expect(labelAt("取引番号 004821", ["取引番号"])).toEqual({ label: "取引番号", valueStart: 5 });
  });
  it("prefers the longest label", () => {
    expect(labelAt("Payment method Visa", ["payment", "payment method"])?.label).toBe("payment method");
  });
  it("ignores an icon before the label and rejects labels inside words", () => {
    expect(labelAt("© Reference ABC123", ["reference"])?.label).toBe("reference");
    expect(labelAt("Refund", ["ref"])).toBeNull();
    expect(labelAt("Total $5", ["to"])).toBeNull();
  });
});

describe("findLabelledValues", () => {
  const rows = buildRows(
    ocrFromRows(["Merchant | Blue Bottle", "Reference", "TXN-8F3K2Q9P", "Ref: 12345", "Date", "Status | Done"]),
  );

  it("reads a value right of its label, below it, and in the rest of its cell", () => {
    const refs = findLabelledValues(rows, ["reference", "ref"], (t) => /^(date|status)/i.test(t));
    expect(refs.map((v) => [v.text, v.where])).toEqual([
      ["TXN-8F3K2Q9P", "below"],
      ["12345", "right"],
    ]);
    const merchant = findLabelledValues(rows, ["merchant"]);
    expect(merchant[0]?.text).toBe("Blue Bottle");
    expect(merchant[0]?.tokens.map((t) => t.text)).toEqual(["Blue", "Bottle"]);
  });

  it("does not take another label below as a value", () => {
    const dates = findLabelledValues(rows, ["date"], (t) => /^status/i.test(t));
    expect(dates).toEqual([]);
  });
});
