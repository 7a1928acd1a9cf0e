import { describe, expect, it } from "vitest";
import type { NumberField, Receipt, StringField, TransactionList } from "@/lib/extract/schema";
import { correctedDocument, summarise, validateCorrection } from "@/lib/review/corrections";
import { fieldPaths } from "@/lib/review/field-paths";

const str = (value: string | null): StringField => ({ value, text: value, box: null, confidence: 0.9, seen: true });
const num = (value: number | null): NumberField => ({ value, text: null, box: null, confidence: 0.9, seen: true });

const receipt: Receipt = {
  kind: "receipt",
  merchant: str("ファミリーマート"),
  address: str("東京都渋谷区道玄坂1-2-3"),
  date: str("2026-10-03"),
  time: str("12:34"),
  subtotal: num(1164),
  tax: num(116),
  rounding: num(null),
  total: num(1280),
  currency: str("JPY"),
  paymentMethod: str(null),
  reference: str("0483"),
  items: [{ description: str("おにぎり"), amount: num(150) }],
};

const list: TransactionList = {
  kind: "transaction_list",
  currency: str("JPY"),
  rows: [
    { date: str("2026-10-01"), description: str("給与"), amount: num(268400), direction: "in" },
    { date: str("2026-10-02"), description: str("ATM"), amount: num(20000), direction: "out" },
  ],
};

describe("field paths", () => {
  it("name every editable value of a receipt and a list", () => {
    expect([...fieldPaths(receipt).keys()]).toEqual([
      "merchant",
      "address",
      "date",
      "time",
      "subtotal",
      "tax",
      "rounding",
      "total",
      "currency",
      "paymentMethod",
      "reference",
      "items.0.description",
      "items.0.amount",
    ]);
    expect([...fieldPaths(list).keys()]).toContain("rows.1.amount");
  });
});

describe("validateCorrection", () => {
  it("accepts a value of the field's form, trimming text", () => {
    expect(validateCorrection(receipt, { path: "total", value: 1300 })).toEqual({ path: "total", value: 1300 });
    expect(validateCorrection(receipt, { path: "merchant", value: "  ローソン " })).toEqual({
      path: "merchant",
      value: "ローソン",
    });
    expect(validateCorrection(receipt, { path: "reference", value: null })).toEqual({ path: "reference", value: null });
    expect(validateCorrection(list, { path: "rows.1.date", value: "2026-10-03" }).value).toBe("2026-10-03");
  });

  it("takes the receipt's address as text and its subtotal, tax and rounding as numbers", () => {
    expect(validateCorrection(receipt, { path: "tax", value: 128 })).toEqual({ path: "tax", value: 128 });
    expect(validateCorrection(receipt, { path: "rounding", value: -0.02 })).toEqual({ path: "rounding", value: -0.02 });
    expect(validateCorrection(receipt, { path: "address", value: " 東京都渋谷区 " }).value).toBe("東京都渋谷区");
    expect(() => validateCorrection(receipt, { path: "subtotal", value: "1,164" })).toThrow(/a number/);
    expect(() => validateCorrection(list, { path: "tax", value: 1 })).toThrow(/no field/);
  });

  it("refuses an unknown path and a value of the wrong form, with a clear message", () => {
    expect(() => validateCorrection(receipt, { path: "rows.0.amount", value: 1 })).toThrow(/no field/);
    expect(() => validateCorrection(receipt, { path: "total", value: "1,300" })).toThrow(/a number/);
    expect(() => validateCorrection(receipt, { path: "date", value: "2026-02-30" })).toThrow(/YYYY-MM-DD/);
    expect(() => validateCorrection(receipt, { path: "time", value: "25:00" })).toThrow(/HH:MM/);
  });
});

describe("correctedDocument and summarise", () => {
  it("puts corrections in place on a copy and leaves the original untouched", () => {
    const corrected = correctedDocument(receipt, {
      total: { value: 1300, correctedAt: "2026-11-21T00:00:00Z" },
      tax: { value: 118, correctedAt: "2026-11-21T00:00:00Z" },
      "items.0.description": { value: "おにぎり 鮭", correctedAt: "2026-11-21T00:00:00Z" },
    }) as Receipt;
    expect(corrected.total.value).toBe(1300);
    expect(corrected.tax.value).toBe(118);
    expect(receipt.tax.value).toBe(116);
    expect(corrected.items[0]?.description.value).toBe("おにぎり 鮭");
    expect(receipt.total.value).toBe(1280);
    expect(summarise(corrected)).toEqual({
      kind: "receipt",
      merchant: "ファミリーマート",
      total: 1300,
      currency: "JPY",
      date: "2026-10-03",
      rows: null,
    });
  });

  it("summarises a list by its row count and first date", () => {
    expect(summarise(list)).toEqual({
      kind: "transaction_list",
      merchant: null,
      total: null,
      currency: "JPY",
      date: "2026-10-01",
      rows: 2,
    });
  });
});
