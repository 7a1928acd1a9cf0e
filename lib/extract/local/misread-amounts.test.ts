import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { isKoreanPage } from "./misread-amounts";
import { type OcrOptions, ocrFromRows, type RowSpec } from "./test-ocr";

function list(rows: Array<string | RowSpec>, options?: OcrOptions): TransactionList {
  const doc = extractDocument(ocrFromRows(rows, options), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "transaction_list") throw new Error(`expected a list, got ${doc.kind}`);
  return doc;
}

describe("won amounts whose 원 OCR read as digits", () => {
  it("reads the number before the misread sign, with its sign", () => {
    const doc = list([
      { cells: ["카드 이용내역"], height: 40 },
      { cells: ["2026.10.30"], height: 24, gapBefore: 40 },
      { cells: ["GS25 역삼점", "4,3002"], height: 30, gapBefore: 30 },
      { cells: ["스타벅스 강남점", "12,5002!"], height: 30, gapBefore: 40 },
      { cells: ["쿠팡", "+8,9009!"], height: 30, gapBefore: 40 },
      { cells: ["교보문고", "18,000 원"], height: 30, gapBefore: 40 },
      { cells: ["이마트 성수점", "42,300 원"], height: 30, gapBefore: 40 },
      { cells: ["김밥천국", "7,500 원"], height: 30, gapBefore: 40 },
    ]);
    expect(doc.rows.map((r) => [r.description.value, r.amount.value])).toEqual([
      ["GS25 역삼점", 4300],
      ["스타벅스 강남점", 12500],
      ["쿠팡", 8900],
      ["교보문고", 18000],
      ["이마트 성수점", 42300],
      ["김밥천국", 7500],
    ]);
    expect(doc.rows[2]?.direction).toBe("in");
    expect(doc.currency.value).toBe("KRW");
  });
  it("leaves such numbers alone on a page without Hangul", () => {
    expect(isKoreanPage("Tesco 4,3002")).toBe(false);
    expect(isKoreanPage("이마트 4,3002")).toBe(true);
    const doc = list([
      { cells: ["Activity"], height: 40 },
      { cells: ["Tesco", "£12.00"], height: 30, gapBefore: 40 },
      { cells: ["Loyalty no. 4,3002"], height: 24, gapBefore: -4 },
      { cells: ["Trainline", "£8.10"], height: 30, gapBefore: 40 },
      { cells: ["Boots", "£4.99"], height: 30, gapBefore: 40 },
      { cells: ["Pret A Manger", "£6.20"], height: 30, gapBefore: 40 },
    ]);
    expect(doc.rows.map((r) => r.amount.value)).toEqual([12, 8.1, 4.99, 6.2]);
  });

  it("reads NT$ that OCR doubled into NTS$", () => {
    const doc = list(
      [
        { cells: ["通知"], height: 40 },
        { cells: ["台新銀行", "1小時前"], height: 28, gapBefore: 60 },
        { cells: ["您於全家便利商店消費NTS$85"], height: 30, gapBefore: -16 },
        { cells: ["台新銀行", "2小時前"], height: 28, gapBefore: 60 },
        { cells: ["您於星巴克消費NT$155"], height: 30, gapBefore: -16 },
        { cells: ["台新銀行", "3小時前"], height: 28, gapBefore: 60 },
        { cells: ["您於誠品書店消費NT$420"], height: 30, gapBefore: -16 },
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => [r.description.value, r.amount.value])).toEqual([
      ["全家便利商店", 85],
      ["星巴克", 155],
      ["誠品書店", 420],
    ]);
    expect(doc.currency.value).toBe("TWD");
  });
});

describe("a decimal point read as a hyphen after a currency", () => {
  it("is a decimal point", () => {
    const doc = list([
      { cells: ["Transactions"], height: 40 },
      { cells: ["Family Mart", "MYR 12-40"], height: 30, gapBefore: 40 },
      { cells: ["Today 10:04 · Payment"], height: 22, gapBefore: -8 },
      { cells: ["Watsons", "MYR 38.90"], height: 30, gapBefore: 40 },
      { cells: ["Yesterday 18:20 · Payment"], height: 22, gapBefore: -8 },
      { cells: ["Grab", "-RM 15-00"], height: 30, gapBefore: 40 },
      { cells: ["Yesterday 08:11 · Payment"], height: 22, gapBefore: -8 },
      { cells: ["Secret Recipe", "MYR 54.20"], height: 30, gapBefore: 40 },
      { cells: ["Oct 30 19:02 · Payment"], height: 22, gapBefore: -8 },
      { cells: ["AEON Big", "MYR 112.35"], height: 30, gapBefore: 40 },
      { cells: ["Oct 30 12:45 · Payment"], height: 22, gapBefore: -8 },
    ]);
    expect(doc.rows.map((r) => [r.description.value, r.amount.value])).toEqual([
      ["Family Mart", 12.4],
      ["Watsons", 38.9],
      ["Grab", 15],
      ["Secret Recipe", 54.2],
      ["AEON Big", 112.35],
    ]);
  });
  it("leaves a range that follows no currency alone", () => {
    const doc = list([
      { cells: ["Transactions"], height: 40 },
      { cells: ["Parking bay 12-40", "MYR 3.00"], height: 30, gapBefore: 40 },
      { cells: ["Watsons", "MYR 38.90"], height: 30, gapBefore: 40 },
      { cells: ["Grab", "MYR 15.00"], height: 30, gapBefore: 40 },
    ]);
    expect(doc.rows.map((r) => [r.description.value, r.amount.value])).toEqual([
      ["Parking bay 12-40", 3],
      ["Watsons", 38.9],
      ["Grab", 15],
    ]);
  });
});
