import { describe, expect, it } from "vitest";
import { historyHref, historyLine, jobHref } from "@/lib/client/history";
import { parseInput, plainDocument, reviewOf, sameValue, toInputValue } from "@/lib/client/review";
import type { Receipt, TransactionList } from "@/lib/extract/schema";
import { translator } from "@/lib/i18n";

const field = <T>(value: T | null, seen = true) => ({ value, text: null, box: null, confidence: 0.9, seen });

const receipt: Receipt = {
  kind: "receipt",
  merchant: field("ファミリーマート 渋谷道玄坂店"),
  address: field("東京都渋谷区道玄坂2-1-1"),
  date: field("2026-10-03"),
  time: field("12:34"),
  subtotal: field(1164),
  tax: field(116),
  rounding: field<number>(null),
  total: field(1280),
  currency: field("JPY"),
  paymentMethod: field("残高"),
  reference: field("04839201928374655"),
  items: [{ description: field("おにぎり"), amount: field(150) }],
};

const list: TransactionList = {
  kind: "transaction_list",
  currency: field("USD"),
  rows: [{ date: field("2026-10-14"), description: field("Trader Joe's"), amount: field(23.1), direction: "out" }],
};

const en = translator("en");
const ja = translator("ja");

describe("reading what was typed", () => {
  it("reads numbers with grouping, currency signs and full-width digits", () => {
    expect(parseInput("number", "1300", en)).toEqual({ ok: true, value: 1300 });
    expect(parseInput("number", " ¥1,300 ", en)).toEqual({ ok: true, value: 1300 });
    expect(parseInput("number", "１，３００円", ja)).toEqual({ ok: true, value: 1300 });
    expect(parseInput("number", "12.45", en)).toEqual({ ok: true, value: 12.45 });
    expect(parseInput("number", "twelve", en)).toEqual({ ok: false, error: en.t("review.needNumber") });
    expect(parseInput("number", "12,3a", ja)).toEqual({ ok: false, error: ja.t("review.needNumber") });
  });

  it("reads an empty input as no value, and checks dates and times", () => {
    expect(parseInput("string", "  ", en)).toEqual({ ok: true, value: null });
    expect(parseInput("number", "", en)).toEqual({ ok: true, value: null });
    expect(parseInput("string", " Lawson ", en)).toEqual({ ok: true, value: "Lawson" });
    expect(parseInput("date", "2026-10-04", en)).toEqual({ ok: true, value: "2026-10-04" });
    expect(parseInput("date", "2026-02-30", en).ok).toBe(false);
    expect(parseInput("time", "9:05", en)).toEqual({ ok: true, value: "09:05" });
    expect(parseInput("time", "12:34:56", en)).toEqual({ ok: true, value: "12:34" });
    expect(parseInput("time", "noon", en).ok).toBe(false);
  });

  it("compares values and fills inputs", () => {
    expect(sameValue(1280, 1280.0000000001)).toBe(true);
    expect(sameValue("a", "a")).toBe(true);
    expect(sameValue(null, "")).toBe(false);
    expect(toInputValue(null)).toBe("");
    expect(toInputValue(12.45)).toBe("12.45");
  });
});

describe("a review of a result", () => {
  const corrections = {
    total: { value: 1300, correctedAt: "2026-10-03T09:00:00.000Z" },
    "items.0.description": { value: "ツナマヨ", correctedAt: "2026-10-03T09:00:00.000Z" },
    "rows.9.amount": { value: 1, correctedAt: "2026-10-03T09:00:00.000Z" },
  };

  it("shows the corrected values and keeps the originals by path", () => {
    const review = reviewOf(receipt, corrections);
    expect(review.document.kind === "receipt" && review.document.total.value).toBe(1300);
    expect(review.document.kind === "receipt" && review.document.items[0]?.description.value).toBe("ツナマヨ");
    expect(receipt.total.value).toBe(1280);
    expect(review.original("total")).toEqual({ value: 1280, type: "number" });
    expect(review.original("date")).toEqual({ value: "2026-10-03", type: "date" });
    expect(review.original("items.0.amount")).toEqual({ value: 150, type: "number" });
    expect(review.original("nope")).toBeUndefined();
    expect(review.correction("total")?.value).toBe(1300);
    expect(review.correction("merchant")).toBeUndefined();
    // A correction for a path this document does not have is ignored.
    expect(review.correction("rows.9.amount")).toBeUndefined();
    expect(review.count).toBe(2);
    expect(review.correctedPaths).toEqual(["total", "items.0.description"]);
  });

  it("knows the type of a list's values", () => {
    const review = reviewOf(list, {});
    expect(review.original("rows.0.date")?.type).toBe("date");
    expect(review.original("rows.0.amount")?.type).toBe("number");
    expect(review.original("currency")?.type).toBe("string");
    expect(review.count).toBe(0);
  });

  it("copies as plain JSON with the corrected values", () => {
    const plain = plainDocument(reviewOf(receipt, corrections).document);
    expect(plain).toMatchObject({ kind: "receipt", merchant: "ファミリーマート 渋谷道玄坂店", total: 1300 });
    expect(plain).toMatchObject({ address: "東京都渋谷区道玄坂2-1-1", subtotal: 1164, tax: 116, rounding: null });
    expect(Object.keys(plain).slice(0, 9)).toEqual([
      "kind",
      "merchant",
      "address",
      "date",
      "time",
      "subtotal",
      "tax",
      "rounding",
      "total",
    ]);
    expect(plain.items).toEqual([{ description: "ツナマヨ", amount: 150 }]);
    expect(plainDocument(list)).toEqual({
      kind: "transaction_list",
      currency: "USD",
      rows: [{ date: "2026-10-14", description: "Trader Joe's", amount: 23.1, direction: "out" }],
    });
  });
});

describe("history rows", () => {
  const summary = { kind: null, merchant: null, total: null, currency: null, date: null, rows: null };

  it("say the merchant, the total and the date of a receipt", () => {
    const job = {
      fileName: "pay.png",
      summary: {
        ...summary,
        kind: "receipt" as const,
        merchant: "ファミリーマート",
        total: 1300,
        currency: "JPY",
        date: "2026-10-03",
      },
    };
    expect(historyLine(job, ja)).toEqual({
      title: "ファミリーマート",
      titleIsFile: false,
      kind: "レシート",
      amount: "¥1,300",
      date: "2026年10月3日",
    });
    expect(historyLine(job, en)).toMatchObject({ amount: "¥1,300", date: "Oct 3, 2026", kind: "Receipt" });
  });

  it("count a list's transactions, and fall back to the file name", () => {
    const listJob = { fileName: "bank.png", summary: { ...summary, kind: "transaction_list" as const, rows: 28 } };
    expect(historyLine(listJob, en)).toMatchObject({ title: "28 transactions", amount: null });
    expect(historyLine(listJob, ja).title).toBe("28件の取引");
    expect(historyLine({ fileName: "broken.png", summary }, en)).toMatchObject({
      title: "broken.png",
      titleIsFile: true,
      kind: null,
    });
  });

  it("link to a search and to a job", () => {
    expect(historyHref(" 1,280 ")).toBe("/history?q=1%2C280");
    expect(historyHref("")).toBe("/history");
    expect(jobHref("abc")).toBe("/?job=abc");
  });
});
