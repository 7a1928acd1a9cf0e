import { describe, expect, it } from "vitest";
import type { Token } from "./layout";
import { extractDocument } from "./local-extractor";
import { idLine, withoutLogo } from "./receipt-merchant";
import { ocrFromRows } from "./test-ocr";

function merchantOf(rows: Parameters<typeof ocrFromRows>[0]): string | null {
  const doc = extractDocument(ocrFromRows(rows), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
  return doc.merchant.value;
}

/** A word at x0..x1 on a 30 px line, read with the given confidence. */
function word(text: string, x0: number, x1: number, confidence: number): Token {
  return { raw: text, text, box: { x0, y0: 100, x1, y1: 130 }, confidence };
}

describe("a top-up's card or wallet above the success message", () => {
  it("is the merchant even though it is a payment method elsewhere", () => {
    const rows = [
      { cells: [{ text: "Venmo", align: "center" as const }], height: 50, gapBefore: 120 },
      { cells: ["New balance 88,10 €"], gapBefore: 80 },
      { cells: [{ text: "Top-up successful", align: "center" as const }], height: 50, gapBefore: 80 },
      { cells: [{ text: "25,00 €", align: "center" as const }], height: 100 },
      "Topped up | 25,00 €",
      "Paid with | Bank account",
    ];
    expect(merchantOf(rows)).toBe("Venmo");
  });
  it("is not taken when it carries card digits", () => {
    const rows = [
      { cells: [{ text: "Visa 4242", align: "center" as const }], height: 50, gapBefore: 120 },
      { cells: [{ text: "Top-up successful", align: "center" as const }], height: 50, gapBefore: 80 },
      { cells: [{ text: "25,00 €", align: "center" as const }], height: 100 },
      "Topped up | 25,00 €",
    ];
    expect(merchantOf(rows)).toBeNull();
  });
});

describe("withoutLogo", () => {
  it("drops a one-character logo reading set apart by a space and read far less surely", () => {
    const tokens = [word("回", 100, 120, 70), word("鼎泰豐", 132, 210, 95)];
    expect(withoutLogo(tokens, 30).map((t) => t.text)).toEqual(["鼎泰豐"]);
  });
  it("keeps a name's first syllable that stands against the next", () => {
    const tokens = [word("교", 100, 120, 74), word("보", 121, 141, 93), word("문고", 142, 182, 90)];
    expect(withoutLogo(tokens, 30).map((t) => t.text)).toEqual(["교", "보", "문고"]);
  });
  it("keeps a short first word read as surely as the rest", () => {
    const tokens = [word("A", 100, 115, 93), word("Famosa", 127, 220, 95)];
    expect(withoutLogo(tokens, 30).map((t) => t.text)).toEqual(["A", "Famosa"]);
  });
});

describe("an order's items are not its shop", () => {
  it("stops at the first item over its quantity line", () => {
    const doc = extractDocument(
      ocrFromRows([
        { cells: ["Order details"], height: 40 },
        "Order placed: Mar 3, 2026",
        { cells: ["Wool Scarf"], gapBefore: 80 },
        "Qty: 1",
        "$38.00",
        { cells: ["Ceramic Mug"], gapBefore: 60 },
        "Qty: 2",
        "$24.00",
        { cells: ["Subtotal", "$62.00"], gapBefore: 80 },
        "Total | $62.00",
        "Ship to",
        "Jordan Lee",
        "12 Pine Street",
      ]),
      { now: new Date(2026, 10, 1) },
    );
    if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
    expect(doc.merchant.value).toBeNull();
    expect(doc.items.map((i) => [i.description.value, i.amount.value])).toEqual([
      ["Wool Scarf", 38],
      ["Ceramic Mug", 24],
    ]);
  });
});

describe("the name beside the total", () => {
  it("is the first of two cells, never the head of a label OCR split in two", () => {
    const rows = [
      { cells: [{ text: "ICOCA", align: "center" as const }], height: 50, gapBefore: 120 },
      { cells: [{ text: "チャージが完了しました", align: "center" as const }], height: 50, gapBefore: 80 },
      "チャー | ジ金額 | ¥3,000",
      "決済方法 | クレジットカード",
    ];
    expect(merchantOf(rows)).toBe("ICOCA");
  });
});

describe("a detail row set as label and number", () => {
  it("is never the name: a top-up whose amount label OCR garbled still names the card above", () => {
    const rows = [
      { cells: [{ text: "Oyster", align: "center" as const }], height: 40, gapBefore: 80 },
      { cells: [{ text: "Top-up complete", align: "center" as const }], height: 44, gapBefore: 80 },
      { cells: [{ text: "£20.00", align: "center" as const }], height: 90 },
      // `Top-up amount` misread, and its value with it: neither a label the lexicon knows nor an amount.
      "Tcp-up amcunt | 20,0009",
      "Reference no | 7781 2290 4415",
    ];
    expect(merchantOf(rows)).toBe("Oyster");
  });
});

describe("a line that numbers something", () => {
  it.each(["Order #A8812", "Invoice no. 2291", "Bestellnummer 44718", "주문번호 88120"])("%s is no name", (text) => {
    expect(idLine(text)).toBe(true);
  });
  it.each(["Burger Hub", "7-Eleven", "GS25 역삼점", "Starbucks Reserve 1912", "Phone 0123456789"])(
    "%s may be",
    (text) => {
      expect(idLine(text)).toBe(false);
    },
  );
  it("is passed over for the restaurant's name under it", () => {
    const rows = [
      "Order #A8812",
      { cells: [{ text: "Burger Hub", align: "center" as const }], height: 48 },
      "Cheeseburger | $11.98",
      "Total | $11.98",
    ];
    expect(merchantOf(rows)).toBe("Burger Hub");
  });
});

describe("a payee's name on a transfer screen", () => {
  const sent = (who: string) => [
    { cells: [{ text: "Sent", align: "center" as const }], height: 40 },
    { cells: [{ text: "25,00 €", align: "center" as const }], height: 100 },
    { cells: [{ text: who, align: "center" as const }], height: 40 },
    "Date | 3 Mar 2026",
  ];
  it.each([
    ["an Lena Vogel", "Lena Vogel"],
    ["à Camille Martin", "Camille Martin"],
    ["Alex Chen", "Alex Chen"],
    ["An der Alster Café", "An der Alster Café"],
    ["Zahlung an Bäckerei Sonne", "Bäckerei Sonne"],
    ["Paiement à Boulangerie Paul", "Boulangerie Paul"],
    ["at Corner Deli", "Corner Deli"],
    ["Atlas Coffee Roasters", "Atlas Coffee Roasters"],
  ])("%s → %s", (who, expected) => {
    expect(merchantOf(sent(who))).toBe(expected);
  });
  it.each([
    ["ヤマダ タロウ さん", "ヤマダタロウ"],
    ["김민준 님에게", "김민준"],
    ["이서연님", "이서연"],
  ])("%s → %s (honorific off)", (who, expected) => {
    expect(merchantOf(sent(who))).toBe(expected);
  });
});

describe("a sentence with the amount in it", () => {
  it("names the payee after the amount", () => {
    const rows = [
      { cells: [{ text: "You sent $40.00 to Priya Nair", align: "center" as const }], height: 40 },
      "Mar 3, 2026",
      "From | Wallet balance",
    ];
    expect(merchantOf(rows)).toBe("Priya Nair");
  });
  it("names no one when nothing capitalised follows the amount", () => {
    const rows = [
      { cells: [{ text: "You sent $40.00 to your savings", align: "center" as const }], height: 40 },
      "Mar 3, 2026",
    ];
    expect(merchantOf(rows)).not.toBe("your savings");
  });
});
