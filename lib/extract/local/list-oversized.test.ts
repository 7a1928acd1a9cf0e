import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { ocrFromRows, type RowSpec } from "./test-ocr";

function list(rows: Array<string | RowSpec>): TransactionList {
  const doc = extractDocument(ocrFromRows(rows), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "transaction_list") throw new Error(`expected a list, got ${doc.kind}`);
  return doc;
}

/** A bank's notification: its name and when, then the sentence with the amount. */
const notification = (when: string, sentence: string): RowSpec[] => [
  { cells: ["ING", when], height: 30, gapBefore: 100 },
  { cells: [sentence], height: 30, gapBefore: -20 },
];

describe("withoutOversizedNumbers", () => {
  it("drops a lock screen's clock that OCR read as a signed number", () => {
    const doc = list([
      { cells: ["Sunday 1 November"], height: 36 },
      { cells: ["2 O - 1 5"], height: 170 },
      ...notification("5m ago", "Paiement de 12,40 € chez Monoprix"),
      ...notification("1h ago", "Paiement de 6,90 € chez Paul"),
      ...notification("2h ago", "Paiement de 48,00 € chez Fnac"),
    ]);
    expect(doc.rows.map((r) => r.amount.value)).toEqual([12.4, 6.9, 48]);
  });
  it("keeps a big amount that carries its currency, and rows in the list's own type", () => {
    const doc = list([
      { cells: ["Spendings"], height: 36 },
      { cells: ["Big purchase", "-€1,250.00"], height: 120 },
      { cells: ["Bakery", "-4"], height: 30, gapBefore: 60 },
      { cells: ["Kiosk", "-2"], height: 30, gapBefore: 60 },
      { cells: ["Metro", "-3"], height: 30, gapBefore: 60 },
    ]);
    expect(doc.rows.map((r) => r.amount.value)).toEqual([1250, 4, 2, 3]);
  });
});
