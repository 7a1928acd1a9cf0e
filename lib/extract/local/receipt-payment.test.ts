import { describe, expect, it } from "vitest";
import { cleanPaymentValue } from "./receipt-payment";

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
