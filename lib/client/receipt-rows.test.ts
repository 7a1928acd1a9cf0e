import { describe, expect, it } from "vitest";
import { receiptRows } from "@/lib/client/receipt-rows";
import { reviewOf } from "@/lib/client/review";
import type { NumberField, Receipt, StringField } from "@/lib/extract/schema";

const str = (value: string | null): StringField => ({ value, text: null, box: null, confidence: 0.9, seen: true });
const num = (value: number | null): NumberField => ({ value, text: null, box: null, confidence: 0.9, seen: true });

const payment: Receipt = {
  kind: "receipt",
  merchant: str("Blue Bottle Coffee"),
  address: str(null),
  date: str("2026-10-03"),
  time: str(null),
  subtotal: num(null),
  tax: num(null),
  rounding: num(null),
  total: num(12.45),
  currency: str("USD"),
  paymentMethod: str(null),
  reference: str(null),
  items: [],
};

describe("receiptRows", () => {
  it("leaves out the address, subtotal, tax and rounding a screen does not show, but never the usual fields", () => {
    expect(receiptRows(payment)).toEqual({
      head: ["merchant", "date", "time"],
      tail: ["total", "currency", "paymentMethod", "reference"],
    });
  });

  it("shows them in the receipt's order when read: address above the items, amounts below", () => {
    const receipt = { ...payment, address: str("東京都渋谷区神南1-2-3"), subtotal: num(984), tax: num(78) };
    expect(receiptRows(receipt)).toEqual({
      head: ["merchant", "address", "date", "time"],
      tail: ["subtotal", "tax", "total", "currency", "paymentMethod", "reference"],
    });
  });

  it("keeps a row a person corrected, to a value or to nothing", () => {
    const read = { ...payment, tax: num(78) };
    const added = reviewOf(payment, { rounding: { value: -0.02, correctedAt: "x" } });
    expect(receiptRows(added.document as Receipt, added).tail).toContain("rounding");
    const cleared = reviewOf(read, { tax: { value: null, correctedAt: "x" } });
    expect(receiptRows(cleared.document as Receipt, cleared).tail).toContain("tax");
  });
});
