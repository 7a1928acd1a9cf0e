import { describe, expect, it } from "vitest";
import { humanize, partialDocument } from "@/lib/client/partial-fields";
import { translator } from "@/lib/i18n";

describe("partialDocument", () => {
  it("shows a receipt's values found so far, with labels, and drops what is not there yet", () => {
    const found = partialDocument(['{"kind":"receipt","merchant":"Blue Bo']);
    expect(found.kind).toBe("receipt");
    expect(found.fields).toEqual([{ name: "merchant", label: "Merchant", display: "Blue Bo" }]);

    const more = partialDocument([
      '{"kind":"receipt","merchant":"Blue Bottle","currency":"USD","total":12.45,"paymentMethod":null,"ref',
    ]);
    expect(more.fields).toEqual([
      { name: "merchant", label: "Merchant", display: "Blue Bottle" },
      { name: "currency", label: "Currency", display: "USD" },
      { name: "total", label: "Total", display: "$12.45" },
      { name: "paymentMethod", label: "Payment method", display: null },
    ]);
  });

  it("shows a receipt's address, subtotal, tax and signed rounding as the model writes them", () => {
    const found = partialDocument([
      '{"kind":"receipt","merchant":"Kedai","address":"12 Jalan Ampang, Kuala Lumpur","currency":"MYR","subtotal":10,"tax":0.6,"rounding":-0.02,"total":10.58,"pay',
    ]);
    expect(found.fields.map((field) => [field.label, field.display])).toEqual([
      ["Merchant", "Kedai"],
      ["Address", "12 Jalan Ampang, Kuala Lumpur"],
      ["Currency", "MYR"],
      ["Subtotal", "MYR\u00a010.00"],
      ["Tax", "MYR\u00a00.60"],
      ["Rounding", "\u2212MYR\u00a00.02"],
      ["Total", "MYR\u00a010.58"],
    ]);
    const ja = partialDocument(['{"subtotal":984,"tax":78,"address":"東京都'], translator("ja"));
    expect(ja.fields.map((field) => field.label)).toEqual(["小計", "消費税", "住所"]);
  });

  it("unwraps values that carry their provenance", () => {
    const found = partialDocument(['{"total":{"value":1280,"text":"¥1,280"},"currency":{"value":"JPY"},"date":{"te']);
    expect(found.fields).toEqual([
      { name: "total", label: "Total", display: "¥1,280" },
      { name: "currency", label: "Currency", display: "JPY" },
    ]);
  });

  it("concatenates the rows of every part, in part order, with signed amounts", () => {
    const found = partialDocument([
      '{"kind":"transaction_list","currency":"JPY","rows":[{"date":"2026-10-01","description":"Lawson","amount":580,"direction":"out"},{"date":"2026-10-02","descr',
      '{"currency":"JPY","rows":[{"date":"2026-10-05","description":"Salary","amount":250000,"direction":"in"},{}',
      "",
    ]);
    expect(found.kind).toBe("transaction_list");
    expect(found.fields).toEqual([{ name: "currency", label: "Currency", display: "JPY" }]);
    expect(found.lists).toHaveLength(1);
    const rows = found.lists[0]?.rows.map((row) => row.map((cell) => cell.display));
    expect(found.lists[0]?.label).toBe("Transactions");
    expect(rows).toEqual([["2026-10-01", "Lawson", "−¥580"], ["2026-10-02"], ["2026-10-05", "Salary", "+¥250,000"]]);
  });

  it("reads a caller's own fields as an object or as a list", () => {
    expect(partialDocument(['{"fields":{"invoice_number":"INV-4","due_date":null,"amo']).fields).toEqual([
      { name: "invoice_number", label: "invoice_number", display: "INV-4" },
      { name: "due_date", label: "due_date", display: null },
    ]);
    expect(
      partialDocument(['{"kind":"custom","fields":[{"name":"invoice_number","value":"INV-42"},{"name":"due"']).fields,
    ).toEqual([{ name: "invoice_number", label: "invoice_number", display: "INV-42" }]);
  });

  it("reads the flat answer a caller's own fields get, even a field called kind", () => {
    expect(partialDocument(['{"invoice_number":"INV-4","kind":"refund","due_date":nu']).fields).toEqual([
      { name: "invoice_number", label: "Invoice number", display: "INV-4" },
      { name: "kind", label: "Kind", display: "refund" },
    ]);
  });

  it("keeps the first reading of a value repeated by a later part", () => {
    const found = partialDocument(['{"currency":"JPY"}', '{"currency":"USD"}']);
    expect(found.fields).toEqual([{ name: "currency", label: "Currency", display: "JPY" }]);
    const late = partialDocument(['{"currency":null}', '{"currency":"USD"}']);
    expect(late.fields).toEqual([{ name: "currency", label: "Currency", display: "USD" }]);
  });

  it("has nothing to show before the answer starts", () => {
    expect(partialDocument(["", "```json"])).toEqual({ kind: null, fields: [], lists: [] });
  });
});

describe("humanize", () => {
  it("turns keys into labels", () => {
    expect(humanize("paymentMethod")).toBe("Payment method");
    expect(humanize("invoice_number")).toBe("Invoice number");
  });
});
