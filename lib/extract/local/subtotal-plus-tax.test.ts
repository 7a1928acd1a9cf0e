import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { ocrFromRows } from "./test-ocr";

function receipt(rows: string[]): Receipt {
  const doc = extractDocument(ocrFromRows(rows, { width: 900, height: 1800 }), {
    now: new Date("2019-06-01T00:00:00Z"),
    kind: "receipt",
  });
  if (doc.kind !== "receipt") throw new Error("expected a receipt");
  return doc;
}

describe("a total that adds up without a total label", () => {
  it("is the amount before tax plus the tax when the page prints the sum", () => {
    const doc = receipt([
      "KEDAI SUSU SEGAR SDN BHD",
      "DATE: 12/03/2018",
      "FRESH MILK 1L | 1 | 12.72 | 12.72 SR",
      "Total (Excluding GST): | 12.00",
      "GST payable (6%): | 0.72",
      "CASH : | 20.00",
    ]);
    expect(doc.total.value).toBe(12.72);
  });

  it("is not invented when no amount on the page confirms the sum", () => {
    const doc = receipt([
      "KEDAI SUSU SEGAR SDN BHD",
      "DATE: 12/03/2018",
      "Total (Excluding GST): | 12.00",
      "GST payable (6%): | 0.72",
      "CASH : | 20.00",
    ]);
    expect(doc.total.value).not.toBe(12.72);
  });
});
