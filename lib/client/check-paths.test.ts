import { describe, expect, it } from "vitest";
import { checkTouchedBy, describeCheck } from "@/lib/client/check-paths";
import { fieldLabel } from "@/lib/client/field-boxes";
import type { Check } from "@/lib/extract/schema";
import { translator } from "@/lib/i18n";

const en = translator("en");
const ja = translator("ja");

describe("the words for a check", () => {
  const future: Check = { code: "future_date", status: "fail", field: "date", message: "2027-01-01 is in the future." };

  it("keeps the server's message in English, with a short title", () => {
    expect(describeCheck(future, en)).toEqual({ title: "Date", text: future.message, original: undefined });
  });

  it("translates known codes, with the value checked and the server's words kept", () => {
    expect(describeCheck(future, ja, () => "2027-01-01")).toEqual({
      title: "日付",
      text: "2027-01-01は未来の日付です。",
      original: future.message,
    });
    const sum: Check = {
      code: "items_sum",
      status: "pass",
      field: "total",
      message: "The items add up to the total (1280).",
    };
    expect(describeCheck(sum, ja).text).toBe("明細の合計が合計金額と一致しています。");
  });

  it("keeps the server's message when it cannot say it better", () => {
    const unknown: Check = { code: "brand_new", status: "warn", message: "Something new." };
    expect(describeCheck(unknown, ja)).toEqual({ title: undefined, text: "Something new.", original: undefined });
    const notSeen: Check = { code: "not_seen", status: "warn", field: "reference", message: "“X” was not found." };
    // The value is not known here: the translation would need it.
    expect(describeCheck(notSeen, ja).text).toBe("“X” was not found.");
  });

  it("puts the new sum checks in Japanese, the server's words kept beside them", () => {
    const sum: Check = {
      code: "amounts_sum",
      status: "warn",
      field: "total",
      message: "The subtotal 984 + tax 78 make 1062, not the total 1000.",
    };
    expect(describeCheck(sum, ja)).toEqual({
      title: "小計・税・合計",
      text: "小計・消費税・端数調整の合計が合計金額と一致しません。手数料・割引、または読み取りミスの可能性があります。",
      original: sum.message,
    });
    const items: Check = { code: "items_subtotal", status: "pass", field: "subtotal", message: "The items add up." };
    expect(describeCheck(items, ja).text).toBe("明細の合計が小計と一致しています。");
  });
});

describe("checkTouchedBy", () => {
  it("says a check may be out of date when its field or, for a sum, any amount it adds was corrected", () => {
    const sum: Check = { code: "amounts_sum", status: "pass", field: "total", message: "" };
    const items: Check = { code: "items_subtotal", status: "pass", field: "subtotal", message: "" };
    const date: Check = { code: "invalid_date", status: "fail", field: "date", message: "" };
    expect(checkTouchedBy(sum, ["tax"])).toBe(true);
    expect(checkTouchedBy(sum, ["merchant", "items.0.amount"])).toBe(false);
    expect(checkTouchedBy(items, ["items.2.amount"])).toBe(true);
    expect(checkTouchedBy(date, ["date"])).toBe(true);
    expect(checkTouchedBy(date, ["time"])).toBe(false);
    expect(checkTouchedBy({ code: "toString", status: "pass", message: "" }, ["tax"])).toBe(false);
  });
});

describe("field labels", () => {
  it("name every path in both languages", () => {
    expect(fieldLabel("paymentMethod", en)).toBe("Payment method");
    expect(fieldLabel("paymentMethod", ja)).toBe("支払方法");
    expect(fieldLabel("reference", ja)).toBe("取引番号");
    expect(["address", "subtotal", "tax", "rounding"].map((path) => fieldLabel(path, en))).toEqual([
      "Address",
      "Subtotal",
      "Tax",
      "Rounding",
    ]);
    expect(["address", "subtotal", "tax", "rounding"].map((path) => fieldLabel(path, ja))).toEqual([
      "住所",
      "小計",
      "消費税",
      "端数調整",
    ]);
    expect(fieldLabel("items.1.amount", en)).toBe("Item 2 amount");
    expect(fieldLabel("rows.3.date", ja)).toBe("4行目の日付");
    expect(fieldLabel("fields.due_date", ja)).toBe("due_date");
  });
});
