import { describe, expect, it } from "vitest";
import { markedChecks, shownStatus } from "@/lib/client/check-paths";
import { fieldBoxes, isHighlighted } from "@/lib/client/field-boxes";
import type { Check, JobResult } from "@/lib/extract/schema";

const box = { x0: 10, y0: 20, x1: 110, y1: 40 };

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
