/**
 * Row descriptions of transaction lists as apps and statements print them: what is left of a
 * row once its date, time, amount, chips and avatar are taken out.
 */
import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { type OcrOptions, ocrFromRows, type RowSpec } from "./test-ocr";

function list(rows: Array<string | RowSpec>, options?: OcrOptions): TransactionList {
  const doc = extractDocument(ocrFromRows(rows, options), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "transaction_list") throw new Error(`expected a list, got ${doc.kind}`);
  return doc;
}

const descriptions = (doc: TransactionList) => doc.rows.map((r) => r.description.value);

describe("an avatar's initial before the name", () => {
  /** A wallet row: a round avatar with the name's first character, the name, the amount. */
  const row = (initial: string, name: string, amount: string, when: string): RowSpec[] => [
    { cells: [{ text: initial, x: 40 }, { text: name, x: 130 }, amount], height: 30, gapBefore: 50 },
    { cells: [{ text: when, x: 130 }], height: 22, gapBefore: -8 },
  ];
  it("drops a digit that repeats the first digit of the name", () => {
    const doc = list([
      { cells: ["Activity"], height: 40 },
      ...row("2", "24 Hour Fitness", "-$39.99", "Oct 30 · 07:10"),
      ...row("T", "Target", "-$18.25", "Oct 29 · 17:44"),
      ...row("7", "7-Eleven", "-$4.80", "Oct 29 · 08:02"),
    ]);
    expect(descriptions(doc)).toEqual(["24 Hour Fitness", "Target", "7-Eleven"]);
  });
  it("keeps a number that is not the name's first character", () => {
    const doc = list([
      { cells: ["Activity"], height: 40 },
      ...row("3", "Coffee Club", "-$6.50", "Oct 30 · 07:10"),
      ...row("T", "Target", "-$18.25", "Oct 29 · 17:44"),
    ]);
    expect(descriptions(doc)[0]).toBe("3 Coffee Club");
  });
});

describe("a notification whose heading lost its time", () => {
  /** One notification: the card's name and when, then the sentence with the amount. */
  const notification = (when: string, sentence: string): RowSpec[] => [
    { cells: ["Citi", when], height: 30, gapBefore: 120 },
    { cells: [sentence], height: 30, gapBefore: -20 },
  ];
  it("is still the sender's name, not the payee", () => {
    const doc = list([
      { cells: ["Notifications"], height: 50 },
      ...notification("5m ago", "You spent $8.20 at Blue Bottle Coffee"),
      ...notification("2h ago", "You spent $31.75 at Walgreens"),
      ...notification("3h ago", "You spent $2.60 at Dunkin"),
      // OCR read the time as noise: the heading is a plain line now, attached to its sentence.
      ...notification("~~", "You spent $12.99 at Barnes & Noble"),
    ]);
    expect(descriptions(doc)).toEqual(["Blue Bottle Coffee", "Walgreens", "Dunkin", "Barnes & Noble"]);
  });
});

describe("chips and masked numbers beside the payee", () => {
  it("leaves the payee of a card history (English)", () => {
    const doc = list([
      { cells: ["Card activity"], height: 40 },
      { cells: [{ text: "Netflix.com Pending", x: 40 }, "$15.49"], height: 30, gapBefore: 50 },
      { cells: [{ text: "Oct 30", x: 40 }], height: 22, gapBefore: -8 },
      { cells: [{ text: "Whole Foods Market ****4821", x: 40 }, "$63.02"], height: 30, gapBefore: 50 },
      { cells: [{ text: "Oct 29", x: 40 }], height: 22, gapBefore: -8 },
    ]);
    expect(descriptions(doc)).toEqual(["Netflix.com", "Whole Foods Market"]);
  });
  it("leaves the payee of a Korean card approval list", () => {
    const doc = list([
      { cells: ["이용내역"], height: 40 },
      { cells: ["10.30", "배달의민족 승인", "18,500원"], height: 30, gapBefore: 50 },
      { cells: ["10.29", "이마트 성수점 취소", "-42,300원"], height: 30, gapBefore: 50 },
      { cells: ["10.29", "GS25 역삼점 승인", "3,200원"], height: 30, gapBefore: 50 },
    ]);
    expect(descriptions(doc)).toEqual(["배달의민족", "이마트 성수점", "GS25 역삼점"]);
  });
  it("keeps a row that is all chip", () => {
    const doc = list([
      { cells: ["Umsätze"], height: 40 },
      { cells: ["30.10.2026", "Erstattet", "+12,99 €"], height: 30, gapBefore: 50 },
      { cells: ["29.10.2026", "REWE Markt GmbH Vorgemerkt", "-23,40 €"], height: 30, gapBefore: 50 },
    ]);
    expect(descriptions(doc)).toEqual(["Erstattet", "REWE Markt GmbH"]);
  });
});

describe("a booking text wrapped onto a second line of a statement table", () => {
  /** A statement line: date, booking text, amount and balance, each in its column. */
  const line = (date: string, text: string, amount: string, balance: string): RowSpec => ({
    cells: [
      { text: date, x: 40 },
      { text, x: 220 },
      { text: amount, x: 860, align: "right" },
      { text: balance, align: "right" },
    ],
    height: 24,
  });
  /** The rest of a booking text, under its first line in the same column and type. */
  const more = (text: string): RowSpec => ({ cells: [{ text, x: 220 }], height: 24, gapBefore: -32 });
  const header = (date: string, text: string, amount: string, balance: string): RowSpec => ({
    cells: [
      { text: date, x: 40 },
      { text, x: 220 },
      { text: amount, x: 760 },
      { text: balance, align: "right" },
    ],
    height: 24,
  });

  it("joins the two lines (German)", () => {
    const doc = list([
      { cells: ["Kontoauszug"], height: 44 },
      header("Datum", "Buchungstext", "Betrag", "Saldo"),
      line("28.10.2026", "SEPA-LASTSCHRIFT STADTWERKE", "-84,00", "2.311,40"),
      more("MUENCHEN GMBH"),
      line("29.10.2026", "KARTENZAHLUNG REWE", "-23,15", "2.288,25"),
      line("30.10.2026", "GEHALT OKTOBER", "+3.120,00", "5.408,25"),
    ]);
    expect(descriptions(doc)).toEqual([
      "SEPA-LASTSCHRIFT STADTWERKE MUENCHEN GMBH",
      "KARTENZAHLUNG REWE",
      "GEHALT OKTOBER",
    ]);
  });
  it("joins the two lines (English) and leaves a dated line alone", () => {
    const doc = list([
      { cells: ["Statement"], height: 44 },
      header("Date", "Description", "Amount", "Balance"),
      line("10/27/2026", "CARD PURCHASE TESCO STORES", "-41.20", "1,204.11"),
      more("3271 LONDON GB"),
      line("10/28/2026", "DIRECT DEBIT", "-12.00", "1,192.11"),
      { cells: [{ text: "Value date 10/29/2026", x: 220 }], height: 24, gapBefore: -32 },
    ]);
    expect(descriptions(doc)).toEqual(["CARD PURCHASE TESCO STORES 3271 LONDON GB", "DIRECT DEBIT"]);
  });
  it("leaves a category under the payee alone in an app's list, which has no table", () => {
    const doc = list([
      { cells: ["Transactions"], height: 44 },
      { cells: [{ text: "Popular Bookstore", x: 60 }, "-S$24.90"], height: 24 },
      { cells: [{ text: "Shopping", x: 60 }], height: 24, gapBefore: -32 },
      { cells: [{ text: "Ya Kun Kaya Toast", x: 60 }, "-S$6.40"], height: 24, gapBefore: 30 },
      { cells: [{ text: "Food", x: 60 }], height: 24, gapBefore: -32 },
    ]);
    expect(descriptions(doc)).toEqual(["Popular Bookstore", "Ya Kun Kaya Toast"]);
  });
});

describe("a middle dot as OCR reads it", () => {
  it("leaves the row with its time, not the name", () => {
    const doc = list([
      { cells: ["이용내역"], height: 40 },
      { cells: ["GS25 역삼점 ᆞ 12:22", "-4,300원"], height: 30, gapBefore: 50 },
      { cells: ["‧ 09:10 ‧ 교보문고", "-18,000원"], height: 30, gapBefore: 50 },
      { cells: ["カフェ・ド・クリエ ・ 08:15", "-420원"], height: 30, gapBefore: 50 },
    ]);
    expect(descriptions(doc)).toEqual(["GS25 역삼점", "교보문고", "カフェ・ド・クリエ"]);
  });
});
