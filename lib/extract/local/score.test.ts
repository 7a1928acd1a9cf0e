import { describe, expect, it } from "vitest";
import type { Receipt, TransactionList } from "@/lib/extract/schema";
import { missingField } from "./field";
import {
  alignRows,
  sameAddress,
  samePaymentMethod,
  sameText,
  scoreDocument,
  type TruthReceipt,
  type TruthTransactionList,
} from "./score";

function f<T>(value: T) {
  return { value, text: String(value), box: { x0: 0, y0: 0, x1: 1, y1: 1 }, confidence: 0.9, seen: true };
}

const truthReceipt: TruthReceipt = {
  kind: "receipt",
  merchant: "ファミリーマート 渋谷道玄坂店",
  date: "2026-10-03",
  time: "12:34",
  total: 1280,
  currency: "JPY",
  paymentMethod: "Visa •••• 4242",
  reference: "04839201928374655",
  items: [{ description: "おにぎり 鮭", amount: 150 }],
};

const extractedReceipt: Receipt = {
  kind: "receipt",
  merchant: f("ﾌｧﾐﾘｰﾏｰﾄ渋谷道玄坂店"),
  address: missingField(),
  date: f("2026-10-03"),
  time: f("12:35"),
  subtotal: f(1185),
  tax: missingField(),
  rounding: missingField(),
  total: f(1280),
  currency: f("JPY"),
  paymentMethod: f("VISA 4242"),
  reference: missingField(),
  items: [{ description: f("おにぎり鮭"), amount: f(150) }],
};

describe("scoreDocument", () => {
  it("scores the later receipt fields only when the truth states them", () => {
    const stated = { ...truthReceipt, address: null, subtotal: 1185, tax: 95, rounding: null };
    const score = scoreDocument(stated, extractedReceipt);
    expect(score.fields).toBe(15);
    expect(score.misses).toContain("tax: expected 95, got null");
    expect(score.misses.some((miss) => miss.startsWith("subtotal") || miss.startsWith("address"))).toBe(false);
  });

  it("scores a receipt field by field", () => {
    const score = scoreDocument(truthReceipt, extractedReceipt);
    // kind, seven fields, the item count and two fields per item
    expect(score.fields).toBe(11);
    expect(score.correct).toBe(9);
    expect(score.misses).toEqual([
      'time: expected "12:34", got "12:35"',
      'reference: expected "04839201928374655", got null',
    ]);
  });

  it("scores a list row by row, aligning around a missing row", () => {
    const truth: TruthTransactionList = {
      kind: "transaction_list",
      currency: "USD",
      rows: [
        { date: "2026-10-14", description: "Trader Joe's", amount: 23.1, direction: "out" },
        { date: "2026-10-13", description: "Uber", amount: 18.64, direction: "out" },
        { date: "2026-10-12", description: "Amazon", amount: 15, direction: "in" },
      ],
    };
    const extracted: TransactionList = {
      kind: "transaction_list",
      currency: f("USD"),
      rows: [
        { date: f("2026-10-14"), description: f("Trader Joe's"), amount: f(23.1), direction: "out" },
        { date: f("2026-10-12"), description: f("Amazon"), amount: f(15), direction: "out" },
      ],
    };
    const score = scoreDocument(truth, extracted);
    expect(score.rows).toEqual({ truth: 3, extracted: 2, fullyRight: 1 });
    // kind, currency, the row count and four fields per truth row
    expect(score.fields).toBe(15);
    expect(score.correct).toBe(9);
    expect(score.misses).toContain('rows.2.direction: expected "in", got "out"');
    expect(score.misses).toContain("rows.1.amount: expected 18.64, got null");
  });

  it("counts every field missed when the kind is wrong", () => {
    const truth: TruthTransactionList = { kind: "transaction_list", currency: "JPY", rows: [] };
    const score = scoreDocument(truth, extractedReceipt);
    expect(score.correct).toBe(0);
    expect(score.fields).toBe(3);
  });
});

describe("comparisons", () => {
  it("compares names ignoring spaces and width", () => {
    expect(sameText("スターバックス コーヒー", "スターバックスコーヒー")).toBe(true);
    expect(sameText("Blue Bottle", "Blue Bottle Coffee")).toBe(false);
    expect(sameText(null, null)).toBe(true);
    expect(sameText("a", null)).toBe(false);
  });
  it("compares payment methods ignoring the card mask", () => {
    expect(samePaymentMethod("Mastercard •••• 1881", "Mastercard 1881")).toBe(true);
    expect(samePaymentMethod("VISA ****1234", "VISA ****1234")).toBe(true);
    expect(samePaymentMethod("Visa •••• 4242", "Visa •••• 4243")).toBe(false);
  });
  it("aligns sequences keeping their order", () => {
    expect(alignRows([1, 2, 3, 4], [1, 3, 4, 5], (a, b) => (a === b ? 1 : 0))).toEqual([0, -1, 1, 2]);
    expect(alignRows([1, 2], [], () => 1)).toEqual([-1, -1]);
  });
});

describe("sameAddress", () => {
  it("compares the words, not the separators between printed lines", () => {
    expect(sameAddress("1420 Valencia St, San Francisco, CA 94110", "1420 Valencia St San Francisco CA 94110")).toBe(
      true,
    );
    expect(sameAddress("NO. 2, JALAN BUKIT", "NO 2 JALAN BUKIT")).toBe(true);
    expect(sameAddress("1420 Valencia St", "1422 Valencia St")).toBe(false);
  });
});
