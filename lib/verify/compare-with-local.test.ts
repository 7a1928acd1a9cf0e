import { describe, expect, it } from "vitest";
import type { NumberField, Receipt, StringField, TransactionList } from "@/lib/extract/schema";
import { compareWithLocal } from "@/lib/verify/compare-with-local";

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
const seen = (value: string, confidence = 0.9): StringField => ({ value, text: value, box, confidence, seen: true });
const seenNum = (value: number, confidence = 0.9): NumberField => ({
  value,
  text: String(value),
  box,
  confidence,
  seen: true,
});
const unseen = (value: string): StringField => ({ value, text: null, box: null, confidence: 0.4, seen: false });
const none: StringField = { value: null, text: null, box: null, confidence: 0, seen: false };
const noneNum: NumberField = { value: null, text: null, box: null, confidence: 0, seen: false };

function receipt(fields: Partial<Receipt>): Receipt {
  return {
    kind: "receipt",
    merchant: none,
    address: none,
    date: none,
    time: none,
    subtotal: noneNum,
    tax: noneNum,
    rounding: noneNum,
    total: noneNum,
    currency: none,
    paymentMethod: none,
    reference: none,
    items: [],
    ...fields,
  };
}

describe("compareWithLocal", () => {
  it("raises confidence where the rules agree and flags where they disagree, naming both", () => {
    const model = receipt({ merchant: seen("Blue Bottle Coffee"), total: seenNum(12.45), date: seen("2026-10-03") });
    const local = receipt({ merchant: seen("BLUE BOTTLE COFFEE"), total: seenNum(12.5), date: none });
    const { document, checks } = compareWithLocal(model, local);
    const verified = document as Receipt;
    expect(verified.merchant.confidence).toBeGreaterThan(verified.date.confidence);
    expect(verified.date.confidence).toBeGreaterThan(verified.total.confidence);
    expect(checks).toEqual([
      {
        code: "local_disagrees",
        status: "warn",
        field: "total",
        message: "The model read “12.45”; the local rules read “12.5”.",
      },
    ]);
  });

  it("weighs the address, subtotal, tax and rounding too; an address joined differently still agrees", () => {
    const model = receipt({
      address: seen("1420 Valencia St, San Francisco, CA 94110"),
      subtotal: seenNum(27.52),
      tax: seenNum(2.37),
      rounding: seenNum(-0.02),
    });
    const local = receipt({
      address: seen("1420 Valencia St San Francisco CA 94110"),
      subtotal: seenNum(27.52),
      tax: seenNum(2.73),
      rounding: seenNum(-0.02),
    });
    const { document, checks } = compareWithLocal(model, local);
    const verified = document as Receipt;
    expect(checks).toEqual([
      {
        code: "local_disagrees",
        status: "warn",
        field: "tax",
        message: "The model read “2.37”; the local rules read “2.73”.",
      },
    ]);
    expect(verified.address.confidence).toBeGreaterThan(verified.tax.confidence);
    expect(verified.rounding.confidence).toBe(verified.subtotal.confidence);
  });

  it("keeps a value not seen in the image at low confidence even when the rules agree", () => {
    const { document } = compareWithLocal(receipt({ reference: unseen("TX-1") }), receipt({ reference: seen("TX-1") }));
    expect((document as Receipt).reference.confidence).toBeLessThanOrEqual(0.35);
  });

  it("counts the list rows both read with the same date and amount", () => {
    const row = (date: string, amount: number) => ({
      date: seen(date),
      description: seen("x"),
      amount: seenNum(amount),
      direction: "out" as const,
    });
    const list = (rows: ReturnType<typeof row>[]): TransactionList => ({
      kind: "transaction_list",
      currency: seen("JPY"),
      rows,
    });
    const { checks } = compareWithLocal(
      list([row("2026-10-01", 100), row("2026-10-02", 200), row("2026-10-02", 200)]),
      list([row("2026-10-01", 100), row("2026-10-02", 200)]),
    );
    expect(checks).toEqual([
      {
        code: "local_agreement",
        status: "warn",
        message: "The local rules read 2 of the model's 3 rows with the same date and amount.",
      },
    ]);
  });
});
