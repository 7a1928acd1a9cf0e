import { describe, expect, it } from "vitest";
import { extractDocument } from "./local-extractor";
import { isPaymentMethodLabel } from "./payment-label";
import { ocrFromRows } from "./test-ocr";

describe("isPaymentMethodLabel", () => {
  it.each([
    "Payment source",
    "Funding method",
    "Charged to",
    "Debited from",
    "Zahlungsmittel",
    "Bezahlart",
    "Moyen de paiement",
    "Prélevé sur",
    "ご利用カード",
    "引落口座",
    "결제카드",
    "사용 카드",
    "扣款方式",
    "付款工具",
    "轉出帳號",
  ])("takes %s for a payment-method label", (label) => {
    expect(isPaymentMethodLabel(label)).toBe(true);
  });
  it.each([
    "Paid on",
    "Payment date",
    "Zahlungsdatum",
    "Date de paiement",
    "支払日",
    "결제일시",
    "付款時間",
    "Payee",
    "Card",
  ])("does not take %s for one", (label) => {
    expect(isPaymentMethodLabel(label)).toBe(false);
  });
});

describe("a payment method under a label known by its form", () => {
  const methodOf = (label: string, value: string) => {
    const doc = extractDocument(
      ocrFromRows([
        { cells: [{ text: "Paid", align: "center" }], height: 40 },
        { cells: [{ text: "12,00 €", align: "center" }], height: 100 },
        { cells: [{ text: "Bäckerei Sonne", align: "center" }], height: 48 },
        { cells: ["Datum", "3. März 2026"], gapBefore: 100 },
        `${label} | ${value}`,
      ]),
      { now: new Date(2026, 10, 1) },
    );
    if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
    return doc.paymentMethod.value;
  };
  it.each([
    ["Zahlungsmittel", "Girocard"],
    ["결제카드", "현대카드 1234"],
    ["扣款方式", "一卡通 iPASS"],
    ["轉出帳號", "中華郵政 *1234"],
  ])("%s | %s", (label, value) => {
    expect(methodOf(label, value)).toBe(value);
  });
});

describe("a weak label alone in its cell", () => {
  const methodOf = (rows: string[]) => {
    const doc = extractDocument(
      ocrFromRows([
        { cells: [{ text: "Payment successful", align: "center" }], height: 40 },
        { cells: [{ text: "S$10.55", align: "center" }], height: 100 },
        { cells: [{ text: "Kopi Corner", align: "center" }], height: 48 },
        ...rows,
      ]),
      { now: new Date(2026, 10, 1) },
    );
    if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
    return doc.paymentMethod.value;
  };
  it("labels a bank account's name beside it (`Card | DBS eSavings`)", () => {
    expect(methodOf(["Card | DBS eSavings"])).toBe("DBS eSavings");
  });
  it("labels nothing when it only opens a longer label (`Card holder`)", () => {
    expect(methodOf(["Card holder | Tan Wei Ming"])).toBeNull();
  });
});
