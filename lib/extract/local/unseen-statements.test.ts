/**
 * Bank statements in German and French as their apps lay them out, written by hand (the tuning
 * corpus has none): column headers in the page's language, booking days as `03.03.`, running
 * balances beside the amounts.
 */
import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { findDates } from "./parse-date";
import { ocrFromRows, type RowSpec } from "./test-ocr";

function list(rows: Array<string | RowSpec>): TransactionList {
  const doc = extractDocument(ocrFromRows(rows), { now: new Date(2026, 3, 1) });
  if (doc.kind !== "transaction_list") throw new Error(`expected a list, got ${doc.kind}`);
  return doc;
}

const header = (...names: [string, string, string, string]): RowSpec => ({
  cells: [
    { text: names[0], x: 40 },
    { text: names[1], x: 200 },
    { text: names[2], x: 760 },
    { text: names[3], align: "right" },
  ],
});

const booking = (day: string, text: string, amount: string, balance: string): RowSpec => ({
  cells: [
    { text: day, x: 40 },
    { text: text, x: 200 },
    { text: amount, x: 860, align: "right" },
    { text: balance, align: "right" },
  ],
});

const rowsOf = (doc: TransactionList) =>
  doc.rows.map((r) => [r.date.value, r.description.value, r.amount.value, r.direction]);

describe("a German statement", () => {
  it("reads Betrag as the amount column beside Saldo, and 03.03. as a booking day", () => {
    const doc = list([
      { cells: ["Kontoauszug"], height: 50 },
      { cells: ["Kontostand", "2.431,18 €"], height: 60 },
      header("Datum", "Buchungstext", "Betrag", "Saldo"),
      "März 2026",
      booking("03.03.", "Kartenzahlung REWE Markt", "-23,45", "2.431,18"),
      booking("02.03.", "Gehalt ACME GmbH", "+2.100,00", "2.454,63"),
      booking("01.03.", "Lastschrift Stadtwerke", "-84,00", "354,63"),
    ]);
    expect(rowsOf(doc)).toEqual([
      ["2026-03-03", "Kartenzahlung REWE Markt", 23.45, "out"],
      ["2026-03-02", "Gehalt ACME GmbH", 2100, "in"],
      ["2026-03-01", "Lastschrift Stadtwerke", 84, "out"],
    ]);
  });
  it("reads dotted dates day first on a page whose only German words are a statement's", () => {
    const doc = list([
      { cells: ["Kontoauszug"], height: 50 },
      booking("03.03.2026", "Kartenzahlung REWE Markt", "-23,45", "2.431,18"),
      booking("02.03.2026", "Gehalt ACME GmbH", "+2.100,00", "2.454,63"),
    ]);
    expect(doc.rows.map((r) => r.date.value)).toEqual(["2026-03-03", "2026-03-02"]);
  });
});

describe("a French statement", () => {
  it("reads Montant as the amount column beside Solde", () => {
    const doc = list([
      { cells: ["Relevé de compte"], height: 50 },
      header("Date", "Libellé", "Montant", "Solde"),
      "Mars 2026",
      booking("03/03", "CB MONOPRIX PARIS", "-23,45 €", "1 431,18 €"),
      booking("02/03", "VIR SEPA M. DUPONT", "+100,00 €", "1 454,63 €"),
    ]);
    expect(rowsOf(doc)).toEqual([
      ["2026-03-03", "CB MONOPRIX PARIS", 23.45, "out"],
      ["2026-03-02", "VIR SEPA M. DUPONT", 100, "in"],
    ]);
  });
});

describe("dotted dates", () => {
  it("reads a booking day without a year", () => {
    expect(findDates("03.03.", { monthFirst: true }).map((d) => [d.month, d.day])).toEqual([[3, 3]]);
    expect(findDates("28.02.", { monthFirst: true }).map((d) => [d.month, d.day])).toEqual([[2, 28]]);
  });
  it("reads day first with the year whatever the page's order", () => {
    expect(findDates("02.03.2026", { monthFirst: true }).map((d) => d.iso)).toEqual(["2026-03-02"]);
  });
  it("leaves amounts and times alone", () => {
    expect(findDates("23.45 EUR", { monthFirst: true })).toEqual([]);
    expect(findDates("12:03.04.", { monthFirst: true })).toEqual([]);
  });
});

const fiveColumns = (a: string, b: string, c: string, d: string, e: string): RowSpec => ({
  cells: [
    { text: a, x: 40 },
    { text: b, x: 200 },
    { text: c, x: 640, align: "right" },
    { text: d, x: 860, align: "right" },
    { text: e, align: "right" },
  ],
});

describe("money-out and money-in columns", () => {
  it("Korean: 03.03 is a month and a day on a year-first page", () => {
    const doc = list([
      { cells: ["거래내역 조회"], height: 50 },
      fiveColumns("거래일", "적요", "출금", "입금", "잔액"),
      "2026년 3월",
      fiveColumns("03.03", "스타벅스 강남점", "4,500", "", "1,234,500"),
      fiveColumns("03.02", "급여", "", "2,100,000", "1,239,000"),
      fiveColumns("12.28", "GS25 역삼점", "3,200", "", "860,000"),
    ]);
    expect(rowsOf(doc)).toEqual([
      ["2026-03-03", "스타벅스 강남점", 4500, "out"],
      ["2026-03-02", "급여", 2100000, "in"],
      ["2025-12-28", "GS25 역삼점", 3200, "out"],
    ]);
  });
  it("German: Ausgang and Eingang", () => {
    const doc = list([
      { cells: ["Umsätze"], height: 50 },
      fiveColumns("Datum", "Vorgang", "Ausgang", "Eingang", "Saldo"),
      "März 2026",
      fiveColumns("03.03.", "REWE Markt", "23,45", "", "2.431,18"),
      fiveColumns("02.03.", "Gehalt", "", "2.100,00", "2.454,63"),
    ]);
    expect(rowsOf(doc)).toEqual([
      ["2026-03-03", "REWE Markt", 23.45, "out"],
      ["2026-03-02", "Gehalt", 2100, "in"],
    ]);
  });
});

describe("a year-less dotted month and day", () => {
  it("is read only on a year-first page, and never out of an amount or a size", () => {
    expect(findDates("12.28", { yearFirst: true }).map((d) => [d.month, d.day])).toEqual([[12, 28]]);
    expect(findDates("12.28", { monthFirst: true })).toEqual([]);
    expect(findDates("콜라 1.25L", { yearFirst: true })).toEqual([]);
    expect(findDates("$12.28", { yearFirst: true })).toEqual([]);
  });
});
