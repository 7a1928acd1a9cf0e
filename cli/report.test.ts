import { describe, expect, it } from "vitest";
import type { JobResult, NumberField, Receipt, StringField } from "@/lib/extract/schema";
import { formatReport } from "./report";
import { createStyle } from "./terminal";

const style = createStyle(false);
const str = (value: string | null, seen = true): StringField => ({
  value,
  text: null,
  box: null,
  confidence: 0.9,
  seen,
});
const num = (value: number | null, seen = true): NumberField => ({
  value,
  text: null,
  box: null,
  confidence: 0.9,
  seen,
});

function receipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    kind: "receipt",
    merchant: str("GREENLEAF MARKET"),
    address: str(null),
    date: str("2026-10-12"),
    time: str("14:05"),
    subtotal: num(null),
    tax: num(null),
    rounding: num(null),
    total: num(29.87),
    currency: str("USD"),
    paymentMethod: str("VISA ****1234"),
    reference: str(null),
    items: [],
    ...overrides,
  };
}

function report(document: Receipt): string[] {
  const result: JobResult = { extractor: "local", model: null, document, checks: [] };
  return formatReport([{ file: "r.png", jobId: "j1", status: "succeeded", result }], style)
    .split("\n")
    .map((line) => line.trimEnd());
}

describe("a receipt's report", () => {
  it("prints the address, subtotal, tax and signed rounding in the receipt's order", () => {
    const lines = report(
      receipt({
        address: str("1420 Valencia St, San Francisco, CA 94110"),
        subtotal: num(27.52),
        tax: num(2.37),
        rounding: num(-0.02, false),
      }),
    );
    expect(lines.slice(2, 12)).toEqual([
      "  Merchant        GREENLEAF MARKET",
      "  Address         1420 Valencia St, San Francisco, CA 94110",
      "  Date            2026-10-12",
      "  Time            14:05",
      "  Subtotal        $27.52",
      "  Tax             $2.37",
      "  Rounding        \u2212$0.02 (not found in the image)",
      "  Total           $29.87",
      "  Payment method  VISA ****1234",
      "  Reference       —",
    ]);
  });

  it("leaves out the rows of those a receipt does not print", () => {
    const text = report(receipt()).join("\n");
    expect(text).toContain("Total           $29.87");
    for (const label of ["Address", "Subtotal", "Tax", "Rounding"]) expect(text).not.toContain(label);
  });
});
