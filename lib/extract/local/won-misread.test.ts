import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { ocrFromRows, type RowSpec } from "./test-ocr";
import { isKoreanPage } from "./won-misread";

function list(rows: Array<string | RowSpec>): TransactionList {
  const doc = extractDocument(ocrFromRows(rows), { now: new Date(2026, 10, 1) });
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
});
