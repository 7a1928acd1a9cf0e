import { describe, expect, it } from "vitest";
import { extractDocument } from "./local-extractor";
import { cleanPaymentValue, matchPaymentMethod } from "./receipt-payment";
import { ocrFromRows } from "./test-ocr";

describe("cleanPaymentValue: card masks read as letters", () => {
  it("drops a dot mask OCR ran into the last four digits", () => {
    expect(cleanPaymentValue("Mastercard **e5310")).toBe("Mastercard 5310");
    expect(cleanPaymentValue("Visa e**e7701")).toBe("Visa 7701");
    expect(cleanPaymentValue("Amex ww3005")).toBe("Amex 3005");
  });
  it("keeps a mask printed with mask characters, and words before the digits", () => {
    expect(cleanPaymentValue("Visa ****7701")).toBe("Visa ****7701");
    expect(cleanPaymentValue("Visa ending 7701")).toBe("Visa ending 7701");
    expect(cleanPaymentValue("Visa debit7701")).toBe("Visa debit7701");
  });
});

describe("a named account behind a mask", () => {
  function methodOf(rows: string[]): string | null {
    const doc = extractDocument(ocrFromRows(rows), { now: new Date("2026-03-04T00:00:00Z"), kind: "receipt" });
    if (doc.kind !== "receipt") throw new Error("expected a receipt");
    return doc.paymentMethod.value;
  }
  it("is the payment method when no label or brand names one", () => {
    expect(methodOf(["Sent", "$25.00", "From | Maple Credit Union ••1234", "Date | Mar 3, 2026"])).toBe(
      "Maple Credit Union ••1234",
    );
  });
  it("is the payee's when its row names who was paid", () => {
    expect(methodOf(["Sent", "$25.00", "To | Alex Chen ••5678", "Date | Mar 3, 2026"])).toBeNull();
    expect(methodOf(["振込完了", "¥5,000", "受取人 | ヤマダ タロウ ••5678", "日時 | 2026年3月3日"])).toBeNull();
  });
});

describe("matchPaymentMethod", () => {
  it.each([
    ["Visa Signature •••• 4242", "Visa Signature •••• 4242"],
    ["Paid with Mastercard Debit ending 5310", "Mastercard Debit ending 5310"],
    ["Visa ••4242", "Visa ••4242"],
    ["Visa", "Visa"],
  ])("%s → %s", (text, expected) => {
    expect(matchPaymentMethod(text)?.text).toBe(expected);
  });
});
