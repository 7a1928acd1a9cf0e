import { describe, expect, it } from "vitest";
import { documentAnswerSchema, receiptAnswerSchema } from "@/lib/extract/llm/answer-schemas";
import { shownText } from "@/lib/extract/llm/ask-model";
import { parseLenientJson } from "@/lib/extract/llm/lenient-json";
import {
  dateOrderEvidence,
  toAmount,
  toCurrencyCode,
  toDirection,
  toIsoDate,
  toTime24,
} from "@/lib/extract/llm/lenient-values";
import { normaliseAnswer } from "@/lib/extract/llm/normalise-answer";

describe("toIsoDate", () => {
  it.each([
    ["2026/12/04", "2026-12-04"],
    ["2026.12.04", "2026-12-04"],
    ["2026-12-4", "2026-12-04"],
    ["2026年12月4日", "2026-12-04"],
    ["２０２６年１２月４日", "2026-12-04"],
    ["Dec 4, 2026", "2026-12-04"],
    ["4 December 2026", "2026-12-04"],
    ["20261204", "2026-12-04"],
    ["25/12/2026", "2026-12-25"],
    ["12/25/2026", "2026-12-25"],
    ["2026/12/04 21:05", "2026-12-04"],
  ])("reads %s as %s", (text, iso) => {
    expect(toIsoDate(text, null)).toBe(iso);
  });

  it("reads an ambiguous day/month date only with evidence of the order", () => {
    expect(toIsoDate("04/12/2026", null)).toBe("04/12/2026");
    expect(toIsoDate("04/12/2026", "dmy")).toBe("2026-12-04");
    expect(toIsoDate("04/12/2026", "mdy")).toBe("2026-04-12");
    expect(toIsoDate("04-12-26", "dmy")).toBe("2026-12-04");
  });

  it("leaves what is no date, or no real date, for validation to report", () => {
    expect(toIsoDate("the day before yesterday", "dmy")).toBe("the day before yesterday");
    expect(toIsoDate("2026/02/30", null)).toBe("2026/02/30");
    expect(toIsoDate(20261204, null)).toBe(20261204);
  });
});

describe("dateOrderEvidence", () => {
  it("takes the order from a date in the text that reads only one way, then from the currency", () => {
    expect(dateOrderEvidence("Date: 25/11/2026 Total RM 17.20", null)).toBe("dmy");
    expect(dateOrderEvidence("Posted 11/25/2026", "MYR")).toBe("mdy");
    expect(dateOrderEvidence("Date 04/12/2026", "MYR")).toBe("dmy");
    expect(dateOrderEvidence("Date 04/12/2026", "$")).toBe("mdy");
    expect(dateOrderEvidence("Date 04/12/2026", "JPY")).toBeNull();
  });
});

describe("toTime24", () => {
  it.each([
    ["9:05 PM", "21:05"],
    ["9:05pm", "21:05"],
    ["12:30 AM", "00:30"],
    ["12:30 PM", "12:30"],
    ["9:05", "09:05"],
    ["21:05:33", "21:05"],
    ["午後9:05", "21:05"],
    ["9時5分", "09:05"],
  ])("reads %s as %s", (text, time) => {
    expect(toTime24(text)).toBe(time);
  });

  it("leaves an impossible time alone", () => {
    expect(toTime24("25:00")).toBe("25:00");
    expect(toTime24("13:00 PM")).toBe("13:00 PM");
    expect(toTime24("teatime")).toBe("teatime");
  });
});

describe("toAmount and toCurrencyCode", () => {
  it.each([
    ["1,280円", 1280],
    ["¥1,280", 1280],
    ["RM 17.20", 17.2],
    ["$12.45", 12.45],
    ["USD 12.45", 12.45],
    ["1.280,50", 1280.5],
    ["17,20", 17.2],
    ["1,234,567", 1234567],
  ])("reads %s as %d", (text, amount) => {
    expect(toAmount(text)).toBe(amount);
  });

  it("keeps the sign only for signed values, and leaves words alone", () => {
    expect(toAmount("-0.02", true)).toBe(-0.02);
    expect(toAmount("(0.02)", true)).toBe(-0.02);
    expect(toAmount("-0.02")).toBe(0.02);
    expect(toAmount("lots")).toBe("lots");
    expect(toAmount("12 apples")).toBe("12 apples");
  });

  it("names currencies by their ISO code", () => {
    expect(toCurrencyCode("¥")).toBe("JPY");
    expect(toCurrencyCode("円")).toBe("JPY");
    expect(toCurrencyCode("RM")).toBe("MYR");
    expect(toCurrencyCode("usd")).toBe("USD");
    expect(toCurrencyCode("S$")).toBe("SGD");
    expect(toCurrencyCode("dollars")).toBe("dollars");
  });

  it("reads a direction from the words a model uses", () => {
    expect(toDirection("Debit")).toBe("out");
    expect(toDirection("refund")).toBe("in");
    expect(toDirection("sideways")).toBe("sideways");
  });
});

describe("parseLenientJson", () => {
  it("finds the object in fences and prose, and forgives trailing commas", () => {
    const text = 'Sure! Here it is:\n```json\n{"a": "x, }", "b": [1, 2,],}\n```\nAnything else?';
    expect(parseLenientJson(text)).toEqual({ a: "x, }", b: [1, 2] });
  });

  it("refuses what is not JSON", () => {
    expect(() => parseLenientJson('{"merchant": "Blue')).toThrow(/not valid JSON/);
    expect(() => parseLenientJson("I cannot read this.")).toThrow(/not valid JSON/);
  });
});

describe("normaliseAnswer", () => {
  const sloppyReceipt = {
    merchant: "Blue Bottle",
    date: "2026/12/04",
    time: "9:05 PM",
    total: "1,280円",
    currency: "¥",
    items: [{ description: "Latte", amount: "¥640" }],
    note: "dropped later",
  };

  it("brings a loosely written receipt to the schema, fields left out as null", () => {
    const normalised = normaliseAnswer(sloppyReceipt, "receipt", { dateOrder: null });
    const parsed = receiptAnswerSchema.parse(normalised);
    expect(parsed).toEqual({
      merchant: "Blue Bottle",
      address: null,
      date: "2026-12-04",
      time: "21:05",
      subtotal: null,
      tax: null,
      rounding: null,
      total: 1280,
      currency: "JPY",
      paymentMethod: null,
      reference: null,
      items: [{ description: "Latte", amount: 640 }],
    });
  });

  it("understands a document without its wrapper and a kind named loosely", () => {
    const normalised = normaliseAnswer(
      {
        kind: "list",
        currency: "円",
        rows: [{ date: "2026/10/01", description: "Cafe", amount: "480", direction: "debit" }],
      },
      "document",
      { dateOrder: null },
    );
    expect(documentAnswerSchema.parse(normalised)).toEqual({
      document: {
        kind: "transaction_list",
        currency: "JPY",
        rows: [{ date: "2026-10-01", description: "Cafe", amount: 480, direction: "out" }],
      },
    });
  });

  it("leaves values it cannot read for validation to report", () => {
    const normalised = normaliseAnswer({ ...sloppyReceipt, date: "someday" }, "receipt", { dateOrder: null });
    const result = receiptAnswerSchema.safeParse(normalised);
    expect(result.success).toBe(false);
    expect(new Set(result.error?.issues.map((issue) => issue.path.join(".")))).toEqual(new Set(["date"]));
  });

  it("refuses a date that fits the pattern but does not exist", () => {
    const result = receiptAnswerSchema.safeParse(
      normaliseAnswer({ ...sloppyReceipt, date: "2026-02-30" }, "receipt", { dateOrder: null }),
    );
    expect(result.error?.issues[0]?.message).toBe("not a calendar date");
  });
});

describe("an answer with none of the expected fields", () => {
  it("is not read as a receipt with every field empty", () => {
    const normalised = normaliseAnswer({ answer: "Blue Bottle", amount_paid: 12 }, "document", { dateOrder: null });
    expect(documentAnswerSchema.safeParse(normalised).success).toBe(false);
  });
});

describe("shownText", () => {
  it("shows a growing {document: …} answer as the document itself, for the page's live fields", () => {
    expect(shownText('{"document": {"kind": "receipt", "merch', "document")).toBe('{"kind": "receipt", "merch');
    expect(shownText('{"document":{"kind":"receipt","total":5}}', "document", true)).toBe(
      '{"kind":"receipt","total":5}',
    );
    expect(shownText('{"merchant": "x"}', "receipt")).toBe('{"merchant": "x"}');
  });
});
