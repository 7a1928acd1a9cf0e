import { describe, expect, it } from "vitest";
import { markedChecks, shownStatus } from "@/lib/client/check-paths";
import { fieldBoxes, isHighlighted } from "@/lib/client/field-boxes";
import type { Check, JobResult } from "@/lib/extract/schema";

const box = { x0: 10, y0: 20, x1: 110, y1: 40 };

describe("fieldBoxes of a receipt", () => {
  it("boxes the address, subtotal, tax and rounding by their paths, and not a value without a box", () => {
    const at = (y: number) => ({ x0: 10, y0: y, x1: 110, y1: y + 20 });
    const field = <T>(value: T | null, y: number | null) => ({
      value,
      text: null,
      box: y === null ? null : at(y),
      confidence: 0.9,
      seen: y !== null,
    });
    const result: JobResult = {
      extractor: "local",
      model: null,
      document: {
        kind: "receipt",
        merchant: field("Kedai", 0),
        address: field("12 Jalan Ampang", 30),
        date: field<string>(null, null),
        time: field<string>(null, null),
        subtotal: field(10, 60),
        tax: field(0.6, 90),
        rounding: field(-0.02, 120),
        total: field(10.58, 150),
        currency: field<string>(null, null),
        paymentMethod: field<string>(null, null),
        reference: field<string>(null, null),
        items: [],
      },
      checks: [],
    };
    expect(fieldBoxes(result).map((box) => [box.key, box.label, box.box.y0])).toEqual([
      ["merchant", "Merchant", 0],
      ["address", "Address", 30],
      ["subtotal", "Subtotal", 60],
      ["tax", "Tax", 90],
      ["rounding", "Rounding", 120],
      ["total", "Total", 150],
    ]);
  });
});

describe("fieldBoxes of a custom document", () => {
  it("names each box by the field's path, as checks do", () => {
    const result: JobResult = {
      extractor: "llm",
      model: "gpt-4o-mini",
      document: {
        kind: "custom",
        fields: [
          {
            name: "invoice_number",
            type: "string",
            description: "",
            field: { value: "INV-42", text: "INV-42", box, confidence: 0.9, seen: true },
          },
          {
            name: "due",
            type: "date",
            description: "",
            field: { value: null, text: null, box: null, confidence: 0, seen: false },
          },
        ],
      },
      checks: [],
    };
    expect(fieldBoxes(result)).toEqual([{ key: "fields.invoice_number", label: "invoice_number", box }]);
    expect(isHighlighted("fields.invoice_number", "fields.invoice_number")).toBe(true);
  });
});

describe("check markers", () => {
  const checks: Check[] = [
    { code: "local_disagrees", status: "warn", field: "total", message: "The LLM read 12.45, the local rules 12.54." },
    { code: "not_seen", status: "warn", field: "reference", message: "Not found." },
    { code: "items_sum", status: "pass", field: "total", message: "The items add up." },
    { code: "invalid_date", status: "fail", field: "rows.3.date", message: "Not a date." },
    { code: "no_rows", status: "warn", message: "No rows." },
  ];

  it("marks a row for the checks about it or under it, not for passes or not-seen values", () => {
    expect(markedChecks(checks, "total").map((check) => check.code)).toEqual(["local_disagrees"]);
    expect(markedChecks(checks, "reference")).toEqual([]);
    expect(markedChecks(checks, "rows.3").map((check) => check.code)).toEqual(["invalid_date"]);
    expect(markedChecks(checks, "rows.30")).toEqual([]);
  });

  it("never shows a disagreement or a not-seen value as a failure", () => {
    expect(shownStatus({ code: "local_disagrees", status: "fail", message: "" })).toBe("warn");
    expect(shownStatus({ code: "not_seen", status: "fail", message: "" })).toBe("warn");
    expect(shownStatus({ code: "invalid_date", status: "fail", message: "" })).toBe("fail");
    expect(shownStatus({ code: "toString", status: "fail", message: "" })).toBe("fail");
  });
});
