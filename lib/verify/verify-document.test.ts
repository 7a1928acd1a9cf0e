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
    address: str(null),
    date: str("2026-10-03"),
    time: str("12:34"),
    subtotal: num(null),
    tax: num(null),
    rounding: num(null),
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

  describe("the address and the amounts between the items and the total", () => {
    const printed = page([
      ["GREENLEAF", "MARKET"],
      ["1420", "Valencia", "St"],
      ["San", "Francisco,", "CA", "94110"],
      ["Oat", "Milk", "4.29"],
      ["Bread", "23.23"],
      ["Subtotal", "27.52"],
      ["Tax", "2.37"],
      ["Rounding", "-0.02"],
      ["Total", "29.87"],
    ]);
    const items = [
      { description: str("Oat Milk"), amount: num(4.29) },
      { description: str("Bread"), amount: num(23.23) },
    ];
    const read = (overrides: Partial<Receipt> = {}) =>
      verifyDocument(
        receipt({
          merchant: str("GREENLEAF MARKET"),
          address: str("1420 Valencia St, San Francisco, CA 94110"),
          date: str(null),
          time: str(null),
          subtotal: num(27.52),
          tax: num(2.37),
          rounding: num(-0.02),
          total: num(29.87),
          currency: str(null),
          items,
          ...overrides,
        }),
        printed,
        { now },
      );

    it("finds them in the image: the address over its two lines, the rounding with its sign", () => {
      const { document, checks } = read();
      const verified = document as Receipt;
      expect(verified.address.seen).toBe(true);
      expect(verified.address.text).toBe("1420 Valencia St, San Francisco, CA 94110");
      expect(verified.address.box).toEqual({ x0: 10, y0: 40, x1: 240, y1: 110 });
      expect(verified.subtotal.box?.y0).toBe(200);
      expect(verified.tax.text).toBe("2.37");
      expect(verified.rounding.text).toBe("-0.02");
      expect(verified.rounding.box?.y0).toBe(280);
      expect(checks.filter((check) => check.code === "not_seen")).toEqual([]);
    });

    it("finds an address OCR misread a little by the rest of its words, but not one the image does not show", () => {
      const misread = page([
        ["1420", "Va1encia", "St"],
        ["San", "Francisco,", "CA", "94110"],
      ]);
      const address = str("1420 Valencia St, San Francisco, CA 94110");
      const found = verifyDocument(receipt({ address }), misread, { now }).document as Receipt;
      expect(found.address.seen).toBe(true);
      expect(found.address.text).toBe("1420 St, San Francisco, CA 94110");
      expect(found.address.confidence).toBeLessThan(0.9 * 0.9);
      const elsewhere = read({ address: str("88 Mission Rd, Oakland, CA 94601") });
      expect((elsewhere.document as Receipt).address.seen).toBe(false);
      expect(elsewhere.checks).toContainEqual(expect.objectContaining({ code: "not_seen", field: "address" }));
    });

    it("finds an amount on its own, not inside a longer number such as a phone number", () => {
      const withPhone = page([
        ["TEL", "03-1234-5678"],
        ["Qty", "2", "4.29"],
        ["Tax", "¥78"],
      ]);
      const { document } = verifyDocument(
        receipt({ tax: num(78), items: [{ description: str(null), amount: num(4.29) }] }),
        withPhone,
        { now },
      );
      const verified = document as Receipt;
      expect(verified.tax.text).toBe("¥78");
      expect(verified.tax.box?.y0).toBe(80);
      // A quantity is its own word: the amount after it still stands alone.
      expect(verified.items[0]?.amount.text).toBe("4.29");
      const onlyInPhone = verifyDocument(receipt({ tax: num(78) }), page([["TEL", "03-1234-5678"]]), { now });
      expect((onlyInPhone.document as Receipt).tax.seen).toBe(false);
    });

    it("checks subtotal + tax + rounding against the total, and the items against the subtotal", () => {
      const { checks } = read();
      expect(checks).toContainEqual(expect.objectContaining({ code: "amounts_sum", status: "pass", field: "total" }));
      expect(checks).toContainEqual(
        expect.objectContaining({ code: "items_subtotal", status: "pass", field: "subtotal" }),
      );
      expect(checks.map((check) => check.code)).not.toContain("items_sum");
    });

    it("warns, naming the total, when they do not add up, and naming the subtotal when the items do not", () => {
      const { checks } = read({ tax: num(2.73) });
      expect(checks).toContainEqual({
        code: "amounts_sum",
        status: "warn",
        field: "total",
        message:
          "The subtotal 27.52 + tax 2.73 + rounding -0.02 make 30.23, not the total 29.87: a fee, a discount, or a misread amount?",
      });
      const short = read({ items: items.slice(0, 1) }).checks;
      expect(short).toContainEqual(
        expect.objectContaining({ code: "items_subtotal", status: "warn", field: "subtotal" }),
      );
    });

    it("takes a tax included in the subtotal (内消費税) as adding up", () => {
      const { checks } = read({ subtotal: num(1062), tax: num(78), rounding: num(null), total: num(1062), items: [] });
      expect(checks).toContainEqual(expect.objectContaining({ code: "amounts_sum", status: "pass" }));
    });

    it("without a subtotal, checks the items with the tax and rounding against the total", () => {
      const { checks } = read({ subtotal: num(null) });
      expect(checks).toContainEqual(expect.objectContaining({ code: "items_sum", status: "pass", field: "total" }));
      expect(checks.map((check) => check.code)).not.toContain("amounts_sum");
      const noTax = read({ subtotal: num(null), tax: num(null), rounding: num(null) }).checks;
      expect(noTax).toContainEqual(expect.objectContaining({ code: "items_sum", status: "warn" }));
    });
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
