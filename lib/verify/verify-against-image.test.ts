import { describe, expect, it } from "vitest";
import { ocrFromRows } from "@/lib/extract/local/test-ocr";
import type { Receipt, StringField } from "@/lib/extract/schema";
import { verifyAgainstImage } from "@/lib/verify/verify-against-image";

const claim = (value: string | number | null) => ({ value, text: null, box: null, confidence: 1, seen: false });

/** A model's reading of a payment dated 15 November 2026. */
const receipt: Receipt = {
  kind: "receipt",
  merchant: claim("Blue Bottle Coffee") as StringField,
  address: claim(null) as StringField,
  date: claim("2026-11-15") as StringField,
  time: claim(null) as StringField,
  subtotal: claim(null) as Receipt["subtotal"],
  tax: claim(null) as Receipt["tax"],
  rounding: claim(null) as Receipt["rounding"],
  total: claim(12.45) as Receipt["total"],
  currency: claim("USD") as StringField,
  paymentMethod: claim(null) as StringField,
  reference: claim(null) as StringField,
  items: [],
};

describe("verifyAgainstImage", () => {
  it("judges dates against the upload time it is given, not the moment it runs", () => {
    const ocr = ocrFromRows(["Payment successful", "$12.45", "Blue Bottle Coffee", "Date | Nov 15, 2026"]);
    const future = (uploadedAt: Date) =>
      verifyAgainstImage(receipt, ocr, "llm", uploadedAt).checks.filter((check) => check.code === "future_date");
    // Uploaded on 1 November, a payment on the 15th cannot have happened yet.
    expect(future(new Date("2026-11-01T00:00:00Z"))).toHaveLength(1);
    expect(future(new Date("2026-11-20T00:00:00Z"))).toHaveLength(0);
  });
});
