import { describe, expect, it } from "vitest";
import { receiptAnswerSchema, transactionListAnswerSchema } from "@/lib/extract/llm/answer-schemas";
import { replacementChecks } from "@/lib/extract/llm/replacement-checks";
import { salvageAnswer } from "@/lib/extract/llm/salvage-answer";

const receipt = {
  merchant: "Corner Cafe",
  address: null,
  date: "someday",
  time: "09:15",
  subtotal: null,
  tax: null,
  rounding: null,
  total: "lots",
  currency: "USD",
  paymentMethod: null,
  reference: null,
  items: [],
};

describe("salvageAnswer", () => {
  it("keeps the values that fit and replaces the others by the local rules' reading, or empties them", () => {
    const local: Record<string, string | number> = { date: "2026-10-12" };
    const { answer, replaced } = salvageAnswer(receipt, {
      schema: receiptAnswerSchema,
      localValue: (path) => local[String(path[0])],
    });
    expect(answer).toMatchObject({ merchant: "Corner Cafe", date: "2026-10-12", total: null, time: "09:15" });
    expect(replaced).toEqual([
      {
        path: ["date"],
        modelValue: "someday",
        reason: expect.any(String),
        replacement: { by: "local", value: "2026-10-12" },
      },
      { path: ["total"], modelValue: "lots", reason: expect.any(String), replacement: { by: "empty" } },
    ]);
    expect(replacementChecks(replaced).map((check) => [check.code, check.status, check.field])).toEqual([
      ["model_value_replaced", "warn", "date"],
      ["model_value_dropped", "warn", "total"],
    ]);
  });

  it("leaves out a row that cannot be made whole, and keeps the rest", () => {
    const list = {
      currency: "JPY",
      rows: [
        { date: "2026-10-01", description: "Cafe", amount: 480, direction: "out" },
        { date: "2026-10-02", description: null, amount: 1200, direction: "sideways" },
        { date: "2026-10-03", description: "Salary", amount: 250000, direction: "in" },
      ],
    };
    const { answer, replaced } = salvageAnswer(list, {
      schema: transactionListAnswerSchema,
      localValue: () => undefined,
    });
    expect(answer.rows.map((row) => row.amount)).toEqual([480, 250000]);
    expect(replaced.at(-1)).toMatchObject({ path: ["rows", 1], replacement: { by: "dropped" } });
  });

  it("fails when nothing of the model's is usable", () => {
    expect(() =>
      salvageAnswer({ merchant: 5, total: "lots" }, { schema: receiptAnswerSchema, localValue: () => "x" }),
    ).toThrow(/does not fit/);
    expect(() =>
      salvageAnswer(["not", "an", "object"], { schema: receiptAnswerSchema, localValue: () => undefined }),
    ).toThrow(/not a JSON object/);
  });
});
