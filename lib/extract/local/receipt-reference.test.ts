import { describe, expect, it } from "vitest";
import { extractDocument } from "./local-extractor";
import { ocrFromRows } from "./test-ocr";

function referenceOf(rows: string[]): string | null {
  const doc = extractDocument(ocrFromRows(rows), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
  return doc.reference.value;
}

describe("findReference by the label's form", () => {
  it("reads an id whose label ends in a number word the lexicon does not list", () => {
    expect(referenceOf(["Ride complete", "Kiwi Cabs", "Total | $23.10", "Trip code | KC-88Q2T7"])).toBe("KC-88Q2T7");
    expect(referenceOf(["Zahlung erfolgreich", "Bäckerei Lenz", "Summe | 8,40 €", "Vorgangs-Nr.: 5520917734"])).toBe(
      "5520917734",
    );
    expect(referenceOf(["Paiement réussi", "Fnac", "Total | 31,00 €", "N° d'autorisation | 77A120"])).toBe("77A120");
  });
  it("reads the id in the row under its label", () => {
    expect(referenceOf(["Payment complete", "Kopi Corner", "Total | S$6.20", "Booking ID", "BK20931177"])).toBe(
      "BK20931177",
    );
  });
  it("leaves phone, account and member numbers and short line numbers alone", () => {
    expect(referenceOf(["Payment complete", "Kopi Corner", "Total | S$6.20", "Phone no. | 61234567"])).toBeNull();
    expect(
      referenceOf(["Transfer sent", "To | Mia Tan", "Amount | S$50.00", "Account number | 0012345678"]),
    ).toBeNull();
    expect(referenceOf(["Payment complete", "Kopi Corner", "Total | S$6.20", "Table no. | 12"])).toBeNull();
  });
  it("reads an id whose number sign went with the value (`Order | #A8812-4410`)", () => {
    expect(referenceOf(["Order delivered", "Burger Hub", "Total | $16.97", "Order | #A8812-4410"])).toBe("A8812-4410");
    expect(referenceOf(["Order delivered", "Burger Hub", "Total | $16.97", "Order", "#A8812-4410"])).toBe("A8812-4410");
  });
  it("does not take a signed value beside a label that numbers something else", () => {
    expect(referenceOf(["Order delivered", "Burger Hub", "Total | $16.97", "Table | #12"])).toBeNull();
  });
});
