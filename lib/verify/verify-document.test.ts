import { describe, expect, it } from "vitest";
import type { NumberField, Receipt, StringField, TransactionList } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { verifyDocument } from "@/lib/verify/verify-document";

/** An OCR page from lines of words; each word 10 px per character, lines 40 px apart. */
function page(lines: string[][]): OcrResult {
  const built = lines.map((words, row) => {
    let x = 10;
    const placed = words.map((text) => {
      const box = { x0: x, y0: row * 40, x1: x + text.length * 10, y1: row * 40 + 30 };
      x = box.x1 + 10;
      return { text, confidence: 90, box };
    });
    return {
      text: words.join(" "),
      confidence: 90,
      box: { x0: 10, y0: row * 40, x1: x, y1: row * 40 + 30 },
      words: placed,
    };
  });
  return {
    width: 400,
    height: lines.length * 40,
    text: built.map((l) => l.text).join("\n"),
    confidence: 90,
    lines: built,
  };
}

/** A value an extractor claims without saying where it read it (as an LLM does). */
const claim = { text: null, box: null, confidence: 0.9, seen: false };
const str = (value: string | null): StringField => ({ ...claim, value });
const num = (value: number | null): NumberField => ({ ...claim, value });

function receipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    kind: "receipt",
    merchant: str("ファミリーマート 渋谷店"),
    date: str("2026-10-03"),
    time: str("12:34"),
    total: num(1280),
    currency: str("JPY"),
    paymentMethod: str(null),
    reference: str(null),
    items: [],
    ...overrides,
  };
}

const now = new Date("2026-11-21T12:00:00Z");

describe("verifyDocument", () => {
  const ocr = page([
    ["ファミリーマート", "渋", "谷", "店"],
    ["日時", "2026年10月3日", "12:34"],
    ["合計", "¥1,280"],
    ["おにぎり", "¥150"],
    ["お茶", "¥1,130"],
  ]);

  it("finds every value in the OCR words in its printed spelling and gives it the box", () => {
    const { document, checks } = verifyDocument(receipt(), ocr, { now });
    const verified = document as Receipt;
    expect(verified.merchant.seen).toBe(true);
    expect(verified.merchant.box).toEqual({ x0: 10, y0: 0, x1: 150, y1: 30 });
    expect(verified.date.seen).toBe(true);
    expect(verified.date.text).toBe("2026年10月3日");
    expect(verified.time.box?.y0).toBe(40);
    expect(verified.total.seen).toBe(true);
    expect(verified.total.text).toBe("¥1,280");
    expect(checks.filter((check) => check.status !== "pass")).toEqual([]);
  });

  it("marks a value that is not in the image, lowers its confidence and says so", () => {
    const { document, checks } = verifyDocument(receipt({ reference: str("TX-999") }), ocr, { now });
    const verified = document as Receipt;
    expect(verified.reference.seen).toBe(false);
    expect(verified.reference.confidence).toBeLessThan(0.9);
    expect(checks).toContainEqual(expect.objectContaining({ code: "not_seen", field: "reference", status: "warn" }));
  });

  it("checks that the items add up to the total", () => {
    const items = [
      { description: str("おにぎり"), amount: num(150) },
      { description: str("お茶"), amount: num(1130) },
    ];
    const good = verifyDocument(receipt({ items }), ocr, { now }).checks;
    expect(good).toContainEqual(expect.objectContaining({ code: "items_sum", status: "pass" }));
    const short = verifyDocument(receipt({ items: items.slice(0, 1) }), ocr, { now }).checks;
    expect(short).toContainEqual(expect.objectContaining({ code: "items_sum", status: "warn" }));
  });

  it("fails impossible and future dates, and flags a missing total", () => {
    const checks = verifyDocument(receipt({ date: str("2026-02-30"), total: num(null) }), ocr, { now }).checks;
    expect(checks).toContainEqual(expect.objectContaining({ code: "invalid_date", status: "fail" }));
    expect(checks).toContainEqual(expect.objectContaining({ code: "missing_total" }));
    const future = verifyDocument(receipt({ date: str("2027-01-01") }), ocr, { now }).checks;
    expect(future).toContainEqual(expect.objectContaining({ code: "future_date", status: "fail" }));
  });

  it("finds a value OCR garbled a little (a misread mask) loosely, but not a short one by accident", () => {
    const noisy = page([
      ["Payment", "method", "Visa", "es", "4242"],
      ["Ref", "A1"],
    ]);
    const { document } = verifyDocument(
      receipt({ paymentMethod: str("Visa •••• 4242"), reference: str("A9") }),
      noisy,
      { now },
    );
    expect((document as Receipt).paymentMethod.seen).toBe(true);
    expect((document as Receipt).paymentMethod.text).toBe("Visa es 4242");
    expect((document as Receipt).reference.seen).toBe(false);
  });

  it("confirms a value at the box its extractor read it from, even if OCR added noise", () => {
    const noisy = page([["Payment", "method", "Visa", "es", "4242"]]);
    const box = { x0: 160, y0: 0, x1: 320, y1: 30 };
    const paymentMethod = { value: "Visa 4242", text: "Visa 4242", box, confidence: 0.8, seen: true };
    const { document } = verifyDocument(receipt({ paymentMethod }), noisy, { now });
    expect((document as Receipt).paymentMethod.seen).toBe(true);
  });

  it("verifies each row of a list", () => {
    const list: TransactionList = {
      kind: "transaction_list",
      currency: str("JPY"),
      rows: [
        { date: str("2026-10-01"), description: str("給与"), amount: num(268400), direction: "in" },
        { date: str("2026-10-02"), description: str("ATM"), amount: num(20000), direction: "out" },
      ],
    };
    const listOcr = page([
      ["日付", "摘要", "金額(円)"],
      ["10/01", "給与", "+268,400"],
      ["10/02", "ATM", "-20.000"],
    ]);
    const { document, checks } = verifyDocument(list, listOcr, { now });
    const rows = (document as TransactionList).rows;
    expect(rows.map((row) => [row.date.seen, row.description.seen, row.amount.seen])).toEqual([
      [true, true, true],
      [true, true, true],
    ]);
    expect(rows[1]?.amount.text).toBe("-20.000");
    expect((document as TransactionList).currency.seen).toBe(true);
    expect(checks).toEqual([]);
    const empty = verifyDocument({ ...list, rows: [] }, listOcr, { now }).checks;
    expect(empty).toContainEqual(expect.objectContaining({ code: "no_rows" }));
  });
});
