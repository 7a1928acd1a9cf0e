/**
 * Line items: a row is "description … amount", or a description line over a line that only
 * counts and prices it; a count in front of the description (`2x Cheeseburger`) belongs to the
 * row's own item.
 */
import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { quantityOnlyLine } from "./receipt-items";
import { ocrFromRows, type RowSpec } from "./test-ocr";

function receipt(rows: Array<string | RowSpec>): Receipt {
  const doc = extractDocument(ocrFromRows(rows), { now: new Date("2026-03-04T00:00:00Z"), kind: "receipt" });
  if (doc.kind !== "receipt") throw new Error("expected a receipt");
  return doc;
}

const items = (doc: Receipt) => doc.items.map((i) => [i.description.value, i.amount.value]);

describe("quantityOnlyLine", () => {
  it.each(["2 x @150 300", "Qty: 2", "3 xX @ S$6.65", "2 × $9.50 $19.00", "数量: 1"])("%s only counts", (text) => {
    expect(quantityOnlyLine(text)).toBe(true);
  });
  it.each(["2x Cheeseburger $11.98", "1 × Pad Thai", "Cheeseburger", "2 pcs Spring Rolls"])(
    "%s names an item",
    (text) => {
      expect(quantityOnlyLine(text)).toBe(false);
    },
  );
});

describe("items with their count in front", () => {
  it("reads `2x Cheeseburger  $11.98` as the item Cheeseburger, under the restaurant's name", () => {
    const doc = receipt([
      { cells: [{ text: "Burger Hub", align: "center" }], height: 48 },
      "2x Cheeseburger | $11.98",
      "1x Large Fries | $3.49",
      "Subtotal | $15.47",
      "Total | $15.47",
    ]);
    expect(items(doc)).toEqual([
      ["Cheeseburger", 11.98],
      ["Large Fries", 3.49],
    ]);
    expect(doc.merchant.value).toBe("Burger Hub");
  });

  it("still takes a count-and-price line's description from the line above", () => {
    const doc = receipt(["Pad Thai", "2 × $9.50 | $19.00", "Spring Rolls", "Qty 1 × $6.00 | $6.00", "Total | $25.00"]);
    expect(items(doc)).toEqual([
      ["Pad Thai", 19],
      ["Spring Rolls", 6],
    ]);
  });
});
