/**
 * Bank statements and passbooks as apps of several countries lay them out, written by hand as
 * OCR lines (the tuning corpus has no statement design): month headers over year-less dates,
 * money-out and money-in columns, running balances beside or under the amount, half-width kana
 * payees, booking texts wrapped onto a second line, DR/CR markers.
 */
import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { findTableHeader } from "./list-columns";
import { extractDocument } from "./local-extractor";
import { comparisonKey } from "./normalise-text";
import { analysePage } from "./page";
import { findDates, findMonthHeader } from "./parse-date";
import { type OcrOptions, ocrFromRows, type RowSpec } from "./test-ocr";

function list(rows: Array<string | RowSpec>, options?: OcrOptions, now = new Date(2026, 11, 3)): TransactionList {
  const doc = extractDocument(ocrFromRows(rows, options), { now });
  if (doc.kind !== "transaction_list") throw new Error(`expected a list, got ${doc.kind}`);
  return doc;
}

/** Rows as tuples, descriptions compared as the scorer does (width and spaces ignored). */
const rowsOf = (doc: TransactionList) =>
  doc.rows.map((r) => [r.date.value, comparisonKey(r.description.value ?? ""), r.amount.value, r.direction]);

/** The expected rows, their descriptions keyed the same way. */
const expected = (rows: Array<[string, string, number, string]>) =>
  rows.map(([date, text, amount, direction]) => [date, comparisonKey(text), amount, direction]);

/** A table row: cells at the given left edges, money right-aligned at the given right edges. */
const cells = (texts: string[], lefts: number[], rights: number[]): RowSpec => ({
  cells: texts.map((text, i) =>
    i < lefts.length ? { text, x: lefts[i] } : { text, x: rights[i - lefts.length], align: "right" as const },
  ),
});

describe("a Japanese passbook (通帳) with bare numbers in its columns", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [640, 880, 1130]);
  it("reads the out and in columns and never the balance", () => {
    const doc = list(
      [
        { cells: ["普通預金 入出金明細"], height: 44 },
        cells(["日付", "摘要", "お支払金額", "お預り金額", "差引残高"], [40, 170], [640, 880, 1130]),
        "2026年11月",
        row("11/28", "ｶ-ﾄﾞ ﾐﾂｲｽﾐﾄﾓ", "12,345", "", "234,567"),
        row("11/25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", "", "50,000", "246,912"),
        row("11/20", "ﾃﾞﾝｷﾀﾞｲ", "8,412", "", "196,912"),
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ｶ-ﾄﾞ ﾐﾂｲｽﾐﾄﾓ", 12345, "out"],
        ["2026-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
        ["2026-11-20", "ﾃﾞﾝｷﾀﾞｲ", 8412, "out"],
      ]),
    );
  });
});

describe("a UK bank app: the running balance under each amount, unlabelled", () => {
  const entry = (payee: string, amount: string, kind: string, balance: string): RowSpec[] => [
    { cells: [{ text: payee, x: 40 }, amount], height: 34, gapBefore: 40 },
    { cells: [{ text: kind, x: 40 }, balance], height: 26, gapBefore: -30 },
  ];
  it("never takes the balance for a transaction", () => {
    const doc = list([
      { cells: ["Current account"], height: 44 },
      { cells: ["Fri 28 Nov"], height: 26, gapBefore: 30 },
      ...entry("TESCO STORES 3041", "-£23.45", "Debit card", "£1,211.11"),
      ...entry("J SMITH", "+£100.00", "Faster payment", "£1,234.56"),
      { cells: ["Thu 27 Nov"], height: 26, gapBefore: 30 },
      ...entry("NETFLIX.COM", "-£10.99", "Debit card", "£1,134.56"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "TESCO STORES 3041", 23.45, "out"],
        ["2026-11-28", "J SMITH", 100, "in"],
        ["2026-11-27", "NETFLIX.COM", 10.99, "out"],
      ]),
    );
  });
});

describe("a UK statement table: Money out | Money in | Balance", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [700, 900, 1130]);
  it("reads bare amounts by their column, and a booking text wrapped onto a second line", () => {
    const doc = list([
      { cells: ["Statement"], height: 44 },
      cells(["Date", "Description", "Money out", "Money in", "Balance"], [40, 170], [700, 900, 1130]),
      row("28 Nov", "CARD PAYMENT TO TESCO", "23.45", "", "1,211.11"),
      { cells: [{ text: "STORES 3041", x: 170 }], gapBefore: -30 },
      row("27 Nov", "FASTER PAYMENT FROM J SMITH", "", "100.00", "1,234.56"),
      row("26 Nov", "DIRECT DEBIT EE LIMITED", "35.00", "", "1,134.56"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "CARD PAYMENT TO TESCO STORES 3041", 23.45, "out"],
        ["2026-11-27", "FASTER PAYMENT FROM J SMITH", 100, "in"],
        ["2026-11-26", "DIRECT DEBIT EE LIMITED", 35, "out"],
      ]),
    );
  });
});

describe("a Malaysian statement with DR and CR after the amounts", () => {
  it("reads DR as money out and CR as money in, and leaves both out of the description", () => {
    const doc = list([
      { cells: ["Account History"], height: 44 },
      "28 Nov 2026 | FUND TRANSFER DUITNOW | 150.00 DR",
      "27 Nov 2026 | SALARY ACME SDN BHD | 4,200.00 CR",
      "26 Nov 2026 | IBG PAYMENT TNB | 88.10 DR",
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "FUND TRANSFER DUITNOW", 150, "out"],
        ["2026-11-27", "SALARY ACME SDN BHD", 4200, "in"],
        ["2026-11-26", "IBG PAYMENT TNB", 88.1, "out"],
      ]),
    );
  });
});

describe("a Korean bank app: 입금/출금 beside the amount, 잔액 under it", () => {
  const entry = (when: string, payee: string, chip: string, amount: string, balance: string): RowSpec[] => [
    { cells: [{ text: when, x: 40 }], height: 24, gapBefore: 40 },
    { cells: [{ text: payee, x: 40 }, { text: chip, x: 760 }, amount], height: 32, gapBefore: -30 },
    { cells: [{ text: balance, align: "right" }], height: 24, gapBefore: -32 },
  ];
  it("reads each payee, amount and direction, the balance left out", () => {
    const doc = list([
      { cells: ["입출금내역"], height: 44 },
      ...entry("2026.11.28 14:05", "스타벅스 강남점", "출금", "4,500원", "잔액 1,234,500원"),
      ...entry("2026.11.27 09:00", "홍길동", "입금", "200,000원", "잔액 1,239,000원"),
      ...entry("2026.11.26 18:30", "GS25 역삼점", "출금", "3,200원", "잔액 1,039,000원"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "스타벅스 강남점", 4500, "out"],
        ["2026-11-27", "홍길동", 200000, "in"],
        ["2026-11-26", "GS25 역삼점", 3200, "out"],
      ]),
    );
  });
});

describe("a Taiwanese 交易明細 with 存入/支出 columns", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [700, 900, 1130]);
  it("reads the columns", () => {
    const doc = list(
      [
        { cells: ["交易明細"], height: 44 },
        cells(["日期", "摘要", "支出", "存入", "餘額"], [40, 170], [700, 900, 1130]),
        row("11/28", "全聯福利中心", "1,280", "", "45,678"),
        row("11/25", "薪資轉入", "", "42,000", "46,958"),
        row("11/20", "台電費用", "1,050", "", "4,958"),
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "全聯福利中心", 1280, "out"],
        ["2026-11-25", "薪資轉入", 42000, "in"],
        ["2026-11-20", "台電費用", 1050, "out"],
      ]),
    );
  });
});

describe("a French relevé: Débit | Crédit | Solde", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [700, 900, 1130]);
  it("reads the columns and leaves the card date out of the libellé", () => {
    const doc = list([
      { cells: ["Relevé de compte"], height: 44 },
      cells(["Date", "Libellé", "Débit", "Crédit", "Solde"], [40, 170], [700, 900, 1130]),
      row("28/11", "CB CARREFOUR 27/11", "45,20", "", "1 211,11"),
      row("27/11", "VIR SEPA M. DUPONT", "", "100,00", "1 256,31"),
      row("26/11", "PRLV SEPA EDF", "62,00", "", "1 156,31"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "CB CARREFOUR", 45.2, "out"],
        ["2026-11-27", "VIR SEPA M. DUPONT", 100, "in"],
        ["2026-11-26", "PRLV SEPA EDF", 62, "out"],
      ]),
    );
  });
});

describe("a German Umsätze list: Buchungstag header, Verwendungszweck under the payee", () => {
  it("reads the payee and the signed amount", () => {
    const doc = list([
      { cells: ["Umsätze"], height: 44 },
      { cells: ["28.11.2026"], height: 26, gapBefore: 30 },
      { cells: [{ text: "REWE Markt GmbH", x: 40 }, "-23,45 €"], height: 34, gapBefore: 20 },
      { cells: [{ text: "Lastschrift", x: 40 }], height: 26, gapBefore: -30 },
      { cells: ["27.11.2026"], height: 26, gapBefore: 30 },
      { cells: [{ text: "ACME GmbH", x: 40 }, "+2.100,00 €"], height: 34, gapBefore: 20 },
      { cells: [{ text: "Gutschrift", x: 40 }], height: 26, gapBefore: -30 },
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "REWE Markt GmbH", 23.45, "out"],
        ["2026-11-27", "ACME GmbH", 2100, "in"],
      ]),
    );
  });
});

describe("a Japanese bank app: unsigned amounts over an unlabelled balance", () => {
  const entry = (payee: string, amount: string, balance: string): RowSpec[] => [
    { cells: [{ text: payee, x: 40 }, amount], height: 34, gapBefore: 40 },
    { cells: [{ text: balance, align: "right" }], height: 26, gapBefore: -30 },
  ];
  it("leaves the balances out and reads each direction from how the balance moved", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        { cells: ["2026年11月"], height: 28 },
        { cells: ["11月28日(土)"], height: 26, gapBefore: 30 },
        ...entry("ｶ) ﾐﾂｲｽﾐﾄﾓ", "12,345円", "234,567円"),
        { cells: ["11月25日(水)"], height: 26, gapBefore: 30 },
        ...entry("ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", "50,000円", "246,912円"),
        { cells: ["11月20日(金)"], height: 26, gapBefore: 30 },
        ...entry("ﾃﾞﾝｷﾀﾞｲ", "8,412円", "196,912円"),
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ｶ) ﾐﾂｲｽﾐﾄﾓ", 12345, "out"],
        ["2026-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
        ["2026-11-20", "ﾃﾞﾝｷﾀﾞｲ", 8412, "out"],
      ]),
    );
  });
  it("keeps every row of a tight list whose amounts do not chain", () => {
    const doc = list([
      { cells: ["Recent activity"], height: 44 },
      { cells: [{ text: "Blue Bottle", x: 40 }, "$4.50"], height: 30, gapBefore: 10 },
      { cells: [{ text: "Blue Bottle", x: 40 }, "$9.00"], height: 30, gapBefore: -10 },
      { cells: [{ text: "Walgreens", x: 40 }, "$12.10"], height: 30, gapBefore: -10 },
      { cells: [{ text: "Target", x: 40 }, "$31.75"], height: 30, gapBefore: -10 },
    ]);
    expect(doc.rows.map((r) => r.amount.value)).toEqual([4.5, 9, 12.1, 31.75]);
  });
});

describe("a passbook's small amounts, printed without grouping", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [640, 880, 1130]);
  it("reads a bare number standing alone in a money column as the amount", () => {
    const doc = list(
      [
        cells(["日付", "摘要", "お支払金額", "お預り金額", "差引残高"], [40, 170], [640, 880, 1130]),
        "2026年11月",
        row("11/28", "ﾛ-ｿﾝ", "864", "", "233,703"),
        row("11/27", "ﾘｿｸ", "", "2", "234,567"),
        row("11/25", "ATM", "20,000", "", "234,565"),
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ﾛ-ｿﾝ", 864, "out"],
        ["2026-11-27", "ﾘｿｸ", 2, "in"],
        ["2026-11-25", "ATM", 20000, "out"],
      ]),
    );
  });
});

describe("a payee wrapped onto a second line in a list without columns", () => {
  /** The amount's line holds as much of the payee as fits before the amount. */
  const entry = (day: string, first: string, amount: string, second: string): RowSpec[] => [
    { cells: [{ text: day, x: 40 }, { text: first, x: 200 }, amount], height: 34, gapBefore: 40 },
    { cells: [{ text: second, x: 200 }], height: 34, gapBefore: -30 },
  ];
  it("joins the rest of a name that did not fit (English)", () => {
    const doc = list([
      { cells: ["Account activity"], height: 44 },
      ...entry("28 Nov", "FASTER PAYMENT TO MR JONATHAN SMITHSON", "-£23.45", "REF INVOICE 2291"),
      { cells: [{ text: "27 Nov", x: 40 }, { text: "J SMITH", x: 200 }, "+£100.00"], height: 34, gapBefore: 40 },
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "FASTER PAYMENT TO MR JONATHAN SMITHSON REF INVOICE 2291", 23.45, "out"],
        ["2026-11-27", "J SMITH", 100, "in"],
      ]),
    );
  });
  it("joins half-width kana cut at the line's end (Japanese)", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        "2026年11月",
        ...entry("11/28", "ﾌﾘｺﾐ ｶﾌﾞｼｷｶﾞｲｼﾔ ﾔﾏﾀﾞｼﾖ", "-12,345", "ｳｼﾞ ﾄｳｷﾖｳｼﾃﾝ"),
        { cells: [{ text: "11/27", x: 40 }, { text: "ATM", x: 200 }, "-20,000"], height: 34, gapBefore: 40 },
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ﾌﾘｺﾐ ｶﾌﾞｼｷｶﾞｲｼﾔ ﾔﾏﾀﾞｼﾖｳｼﾞ ﾄｳｷﾖｳｼﾃﾝ", 12345, "out"],
        ["2026-11-27", "ATM", 20000, "out"],
      ]),
    );
  });
  it("leaves a short payee's category under it alone", () => {
    const doc = list([
      { cells: ["Account activity"], height: 44 },
      ...entry("28 Nov", "Tesco", "-£23.45", "Groceries"),
      ...entry("27 Nov", "Shell", "-£40.00", "Transport"),
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual(["Tesco", "Shell"]);
  });
});

describe("in and out markers beside the payee", () => {
  it("leave the description, a marker apart from the name only (Korean)", () => {
    const doc = list([
      { cells: ["거래내역"], height: 44 },
      "11.28 | 입금 홍길동 | 200,000원",
      "11.27 | 출금 스타벅스 강남점 | 4,500원",
      "11.26 | 체크카드출금 GS25 | 3,200원",
    ]);
    expect(doc.rows.map((r) => [r.description.value, r.direction])).toEqual([
      ["홍길동", "in"],
      ["스타벅스 강남점", "out"],
      ["체크카드출금 GS25", "out"],
    ]);
  });
  it("leave the description but never cut a word they end (Japanese)", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        "2026年11月",
        "11/28 | ﾔﾏﾀﾞ ﾀﾛｳ 入金 | 50,000円",
        "11/27 | 振込入金 | 30,000円",
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => comparisonKey(r.description.value ?? ""))).toEqual([
      comparisonKey("ﾔﾏﾀﾞ ﾀﾛｳ"),
      comparisonKey("振込入金"),
    ]);
  });
});

describe("month headers give a statement's year-less dates their year", () => {
  /** A statement of a past period, looked at a year later: only the header tells the year. */
  const later = new Date(2027, 11, 20);
  const dates = (rows: Array<string | RowSpec>, options?: OcrOptions) =>
    list(rows, options, later).rows.map((r) => r.date.value);
  it("Japanese: 2025年11月 over 28日(金)", () => {
    expect(
      dates(["入出金明細", "2025年11月", "28日(金) | ｾﾌﾞﾝｲﾚﾌﾞﾝ | -580円", "25日(火) | ﾛ-ｿﾝ | -1,200円"], {
        splitJapanese: true,
      }),
    ).toEqual(["2025-11-28", "2025-11-25"]);
  });
  it("Korean: 2025년 11월 over 11.28", () => {
    expect(dates(["거래내역", "2025년 11월", "11.28 | 스타벅스 | -4,500원", "11.25 | GS25 | -3,200원"])).toEqual([
      "2025-11-28",
      "2025-11-25",
    ]);
  });
  it("Taiwanese: 民國114年11月 over 11/28", () => {
    expect(
      dates(["交易明細", "民國114年11月", "11/28 | 全聯福利中心 | -NT$1,280", "11/25 | 全家 | -NT$85"], {
        splitJapanese: true,
      }),
    ).toEqual(["2025-11-28", "2025-11-25"]);
  });
  it("English: November 2025 over 28 Nov", () => {
    expect(dates(["Transactions", "November 2025", "28 Nov | Tesco | -£23.45", "25 Nov | Boots | -£4.10"])).toEqual([
      "2025-11-28",
      "2025-11-25",
    ]);
  });
  it("German: November 2025 over 28.11.", () => {
    expect(dates(["Umsätze", "November 2025", "28.11. | REWE | -23,45 €", "25.11. | dm | -4,10 €"])).toEqual([
      "2025-11-28",
      "2025-11-25",
    ]);
  });
  it("French: novembre 2025 over 28/11", () => {
    expect(
      dates(["Opérations", "novembre 2025", "28/11 | CB MONOPRIX | -23,45 €", "25/11 | CB FNAC | -4,10 €"]),
    ).toEqual(["2025-11-28", "2025-11-25"]);
  });
});

describe("month headers and days alone, as the parser reads them", () => {
  it("reads Korean and Republic-of-China month headers, and no full date as one", () => {
    expect(findMonthHeader("2025년 11월")).toMatchObject({ year: 2025, month: 11 });
    expect(findMonthHeader("民國114年11月")).toMatchObject({ year: 2025, month: 11 });
    expect(findMonthHeader("114年11月")).toMatchObject({ year: 2025, month: 11 });
    expect(findMonthHeader("2025년 11월 28일")).toBeNull();
    expect(findMonthHeader("114年11月28日")).toBeNull();
  });
  it("reads a day alone only under a month header, and never a span of days", () => {
    const header = { year: 2025, month: 11, underMonthHeader: true };
    expect(findDates("28日(金)", header).map((d) => d.iso)).toEqual(["2025-11-28"]);
    expect(findDates("28일", header).map((d) => d.iso)).toEqual(["2025-11-28"]);
    expect(findDates("28日(金)", { year: 2025, month: 11 })).toEqual([]);
    expect(findDates("3日前", header)).toEqual([]);
    expect(findDates("2026年11月", header)).toEqual([]);
    expect(findDates("2일 전", header)).toEqual([]);
  });
});

describe("column headers as banks word them", () => {
  /** The header in the small type tables set it in, over the rows. */
  const table = (head: string[], rows: string[][], options?: OcrOptions) =>
    list(
      [
        { cells: ["Statement"], height: 44 },
        { ...cells(head, [40, 190], [700, 900, 1130]), height: 20 },
        ...rows.map((r) => cells(r, [40, 190], [700, 900, 1130])),
      ],
      options,
    );
  it("Malaysian: Transaction Description | Debit | Credit | Balance", () => {
    const doc = table(
      ["Date", "Transaction Description", "Debit (RM)", "Credit (RM)", "Balance (RM)"],
      [
        ["28/11/2026", "DUITNOW TO ACCOUNT SITI", "150.00", "", "2,345.67"],
        ["27/11/2026", "SALARY ACME SDN BHD", "", "4,200.00", "2,495.67"],
        ["26/11/2026", "IBG PAYMENT TNB", "88.10", "", "-1,704.33"],
      ],
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "DUITNOW TO ACCOUNT SITI", 150, "out"],
        ["2026-11-27", "SALARY ACME SDN BHD", 4200, "in"],
        ["2026-11-26", "IBG PAYMENT TNB", 88.1, "out"],
      ]),
    );
  });
  it("Korean: 거래일시 | 적요 | 출금액 | 입금액 | 거래후잔액", () => {
    const doc = table(
      ["거래일시", "적요", "출금액", "입금액", "거래후잔액"],
      [
        ["2026.11.28", "스타벅스강남", "4,500", "", "1,234,500"],
        ["2026.11.27", "홍길동", "", "200,000", "1,239,000"],
        ["2026.11.26", "GS25역삼", "3,200", "", "1,039,000"],
      ],
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "스타벅스강남", 4500, "out"],
        ["2026-11-27", "홍길동", 200000, "in"],
        ["2026-11-26", "GS25역삼", 3200, "out"],
      ]),
    );
  });
  it("Taiwanese: 交易日期 | 摘要 | 支出金額 | 存入金額 | 結餘", () => {
    const doc = table(
      ["交易日期", "摘要", "支出金額", "存入金額", "結餘"],
      [
        ["2026/11/28", "全聯福利中心", "1,280", "", "45,678"],
        ["2026/11/25", "薪資", "", "42,000", "46,958"],
        ["2026/11/20", "台電費用", "1,050", "", "4,958"],
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "全聯福利中心", 1280, "out"],
        ["2026-11-25", "薪資", 42000, "in"],
        ["2026-11-20", "台電費用", 1050, "out"],
      ]),
    );
  });
  it("Japanese: 取引日 | お取引内容 | お引出し | お預入れ | 残高", () => {
    const doc = table(
      ["取引日", "お取引内容", "お引出し", "お預入れ", "残高"],
      [
        ["2026/11/28", "ｶ-ﾄﾞ", "10,000", "", "234,567"],
        ["2026/11/25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", "", "50,000", "244,567"],
        ["2026/11/20", "ﾃﾞﾝｷﾀﾞｲ", "8,412", "", "194,567"],
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ｶ-ﾄﾞ", 10000, "out"],
        ["2026-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
        ["2026-11-20", "ﾃﾞﾝｷﾀﾞｲ", 8412, "out"],
      ]),
    );
  });
  it("German: Buchungstag | Verwendungszweck | Soll | Haben | Saldo", () => {
    const doc = table(
      ["Buchungstag", "Verwendungszweck", "Soll", "Haben", "Saldo"],
      [
        ["28.11.2026", "REWE Markt GmbH", "23,45", "", "1.211,11"],
        ["27.11.2026", "Gehalt ACME", "", "2.100,00", "1.234,56"],
        ["26.11.2026", "Stadtwerke München", "84,00", "", "-865,44"],
      ],
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "REWE Markt GmbH", 23.45, "out"],
        ["2026-11-27", "Gehalt ACME", 2100, "in"],
        ["2026-11-26", "Stadtwerke München", 84, "out"],
      ]),
    );
  });
  it("English: Posting Date | Transaction Details | Withdrawal Amount | Deposit Amount | Running Balance", () => {
    const doc = table(
      ["Posting Date", "Transaction Details", "Withdrawal Amount", "Deposit Amount", "Running Balance"],
      [
        ["11/28/2026", "WALMART SUPERCENTER", "64.20", "", "4,235.80"],
        ["11/27/2026", "PAYROLL ACME INC", "", "1,500.00", "4,300.00"],
        ["11/26/2026", "SHELL OIL 5521", "38.00", "", "2,800.00"],
      ],
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "WALMART SUPERCENTER", 64.2, "out"],
        ["2026-11-27", "PAYROLL ACME INC", 1500, "in"],
        ["2026-11-26", "SHELL OIL 5521", 38, "out"],
      ]),
    );
  });
});

describe("the header words of those tables", () => {
  const roles = (head: string[]) => {
    const page = analysePage(
      ocrFromRows([{ ...cells(head, [40, 190], [700, 900, 1130]), height: 20 }], { splitJapanese: true }),
    );
    return findTableHeader(page.rows)?.columns.map((c) => c.role) ?? [];
  };
  it("name every column", () => {
    expect(roles(["交易日期", "摘要", "支出金額", "存入金額", "結餘"])).toEqual([
      "date",
      "description",
      "out",
      "in",
      "balance",
    ]);
    expect(roles(["거래일시", "적요", "출금금액", "입금금액", "거래후잔액"])).toEqual([
      "date",
      "description",
      "out",
      "in",
      "balance",
    ]);
    expect(roles(["Posting Date", "Particulars", "Withdrawal Amount", "Deposit Amount", "Running Balance"])).toEqual([
      "date",
      "description",
      "out",
      "in",
      "balance",
    ]);
    expect(roles(["Txn Date", "Narration", "Debit Amount", "Credit Amount", "Balance"])).toEqual([
      "date",
      "description",
      "out",
      "in",
      "balance",
    ]);
  });
});

describe("debit and credit marks beside the amount", () => {
  it("DR and CR on the booking line: the direction, never the description", () => {
    const doc = list([
      { cells: ["Account History"], height: 44 },
      { cells: [{ text: "28 Nov DUITNOW TRANSFER 150.00 DR", x: 40 }] },
      { cells: [{ text: "27 Nov INTEREST CREDIT 1.25 CR", x: 40 }] },
      { cells: [{ text: "26 Nov JOMPAY TNB 88.10 DR", x: 40 }] },
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "DUITNOW TRANSFER", 150, "out"],
        ["2026-11-27", "INTEREST CREDIT", 1.25, "in"],
        ["2026-11-26", "JOMPAY TNB", 88.1, "out"],
      ]),
    );
  });
  it("a trailing minus is a debit, an unsigned amount beside it a credit (Maybank)", () => {
    const doc = list([
      { cells: ["Transaction History"], height: 44 },
      "28/11/2026 | SHOPEE MALAYSIA | RM150.00-",
      "27/11/2026 | SITI AMINAH | RM500.00",
      "26/11/2026 | GRAB FOOD | RM23.40-",
    ]);
    expect(doc.rows.map((r) => [r.amount.value, r.direction])).toEqual([
      [150, "out"],
      [500, "in"],
      [23.4, "out"],
    ]);
  });
  it("a triangle before a passbook's amount is money out (Japanese)", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        "2026年11月",
        "11/28 | ｶ-ﾄﾞ | ▲12,345円",
        "11/25 | ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ | 50,000円",
        "11/20 | ﾃﾞﾝｷﾀﾞｲ | △8,412円",
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => [r.amount.value, r.direction])).toEqual([
      [12345, "out"],
      [50000, "in"],
      [8412, "out"],
    ]);
  });
  it("accounting parentheses are money out", () => {
    const doc = list([
      { cells: ["Checking activity"], height: 44 },
      "11/28 | WALGREENS #1234 | (23.45)",
      "11/27 | PAYROLL ACME | 1,500.00",
      "11/26 | SHELL OIL | (38.00)",
    ]);
    expect(doc.rows.map((r) => [r.amount.value, r.direction])).toEqual([
      [23.45, "out"],
      [1500, "in"],
      [38, "out"],
    ]);
  });
});

describe("the balance carried over from the last period", () => {
  it("is no transaction, in any of the ways statements write it", () => {
    const cases: Array<[string[], OcrOptions?]> = [
      [
        [
          "入出金明細",
          "2026年11月",
          "11/01 | 前月繰越 | 222,222円",
          "11/28 | ｶ-ﾄﾞ | -12,345円",
          "11/25 | ﾌﾘｺﾐ ﾔﾏﾀﾞ | 50,000円",
        ],
        { splitJapanese: true },
      ],
      [
        [
          "Statement",
          "01 Nov | BALANCE B/F | 1,234.56",
          "28 Nov | TESCO STORES | -23.45",
          "27 Nov | J SMITH | +100.00",
        ],
      ],
      [
        [
          "Statement",
          "28 Nov | TESCO STORES | -23.45",
          "27 Nov | J SMITH | +100.00",
          "01 Nov | BROUGHT FORWARD | 1,234.56",
        ],
      ],
      [["거래내역", "11.28 | 스타벅스 | -4,500원", "11.27 | 홍길동 | +200,000원", "11.01 | 전월이월 | 1,234,500원"]],
      [
        ["交易明細", "11/28 | 全聯 | -1,280", "11/25 | 薪資 | +42,000", "11/01 | 上期結餘 | 45,678"],
        { splitJapanese: true },
      ],
    ];
    for (const [rows, options] of cases) expect(list(rows, options).rows.map((r) => r.amount.value)).toHaveLength(2);
  });
});

describe("a passbook's month and day joined by a hyphen", () => {
  it("reads 11-28 as 28 November on a Japanese page", () => {
    const doc = list(["入出金明細", "11-28 | ｶ-ﾄﾞ | -12,345円", "11-25 | ﾌﾘｺﾐ ﾔﾏﾀﾞ | 50,000円"], { splitJapanese: true });
    expect(doc.rows.map((r) => r.date.value)).toEqual(["2026-11-28", "2026-11-25"]);
  });
  it("never out of a phone number, a range, a code or a page that writes the day first", () => {
    expect(findDates("TEL 03-1234-5678", { yearFirst: true })).toEqual([]);
    expect(findDates("10-20%", { yearFirst: true })).toEqual([]);
    expect(findDates("AB-12", { yearFirst: true })).toEqual([]);
    expect(findDates("11-28", { monthFirst: false })).toEqual([]);
  });
});

describe("a statement table whose header OCR did not read", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [700, 900, 1130]);
  it("reads each direction from how the balance beside the amount moved", () => {
    const doc = list([
      { cells: ["Statement"], height: 44 },
      row("28 Nov", "TESCO STORES 3041", "23.45", "", "1,211.11"),
      row("27 Nov", "J SMITH", "", "100.00", "1,234.56"),
      row("26 Nov", "EE LIMITED", "35.00", "", "1,134.56"),
      row("25 Nov", "ACME LTD SALARY", "", "2,000.00", "1,169.56"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "TESCO STORES 3041", 23.45, "out"],
        ["2026-11-27", "J SMITH", 100, "in"],
        ["2026-11-26", "EE LIMITED", 35, "out"],
        ["2026-11-25", "ACME LTD SALARY", 2000, "in"],
      ]),
    );
  });
  it("oldest first too, a passbook in yen", () => {
    const doc = list(
      [
        { cells: ["普通預金"], height: 44 },
        row("11/20", "ﾃﾞﾝｷﾀﾞｲ", "8,412", "", "196,912"),
        row("11/25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", "", "50,000", "246,912"),
        row("11/28", "ｶ-ﾄﾞ", "12,345", "", "234,567"),
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => [r.amount.value, r.direction])).toEqual([
      [8412, "out"],
      [50000, "in"],
      [12345, "out"],
    ]);
  });
});

describe("a statement header OCR read only in part", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [640, 880, 1130]);
  it("gives the balance column only the amounts under it", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        // The money-out and money-in headers misread (頷 for 額); the balance header read.
        { ...cells(["日付", "摘要", "お支払金頷", "お預り金頷", "差引残高"], [40, 170], [640, 880, 1130]), height: 22 },
        row("11/28", "ｶ-ﾄﾞ", "12,345", "", "234,567"),
        row("11/25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", "", "50,000", "246,912"),
        row("11/20", "ﾃﾞﾝｷﾀﾞｲ", "8,412", "", "196,912"),
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ｶ-ﾄﾞ", 12345, "out"],
        ["2026-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
        ["2026-11-20", "ﾃﾞﾝｷﾀﾞｲ", 8412, "out"],
      ]),
    );
  });
});

describe("statement rows in two lines", () => {
  it("the date and amount over the payee (Japanese app)", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        { cells: ["2026年11月"], height: 28 },
        { cells: [{ text: "11/28(土)", x: 40 }, "-12,345円"], height: 30, gapBefore: 40 },
        {
          cells: [
            { text: "ｶ) ﾐﾂｲｽﾐﾄﾓ", x: 40 },
            { text: "残高 234,567円", align: "right" },
          ],
          height: 26,
          gapBefore: -30,
        },
        { cells: [{ text: "11/25(水)", x: 40 }, "+50,000円"], height: 30, gapBefore: 40 },
        {
          cells: [
            { text: "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", x: 40 },
            { text: "残高 246,912円", align: "right" },
          ],
          height: 26,
          gapBefore: -30,
        },
        { cells: [{ text: "11/20(金)", x: 40 }, "-8,412円"], height: 30, gapBefore: 40 },
        {
          cells: [
            { text: "ﾃﾞﾝｷﾀﾞｲ", x: 40 },
            { text: "残高 196,912円", align: "right" },
          ],
          height: 26,
          gapBefore: -30,
        },
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ｶ) ﾐﾂｲｽﾐﾄﾓ", 12345, "out"],
        ["2026-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
        ["2026-11-20", "ﾃﾞﾝｷﾀﾞｲ", 8412, "out"],
      ]),
    );
  });
  it("the payee over its date, the amount over its balance (English)", () => {
    const doc = list([
      { cells: ["Transactions"], height: 44 },
      { cells: [{ text: "CARD PAYMENT TO TESCO", x: 40 }, "-£23.45"], height: 30, gapBefore: 40 },
      {
        cells: [
          { text: "28 Nov 2026", x: 40 },
          { text: "Balance £1,211.11", align: "right" },
        ],
        height: 24,
        gapBefore: -30,
      },
      { cells: [{ text: "FASTER PAYMENT J SMITH", x: 40 }, "+£100.00"], height: 30, gapBefore: 40 },
      {
        cells: [
          { text: "27 Nov 2026", x: 40 },
          { text: "Balance £1,234.56", align: "right" },
        ],
        height: 24,
        gapBefore: -30,
      },
      { cells: [{ text: "DIRECT DEBIT EE LTD", x: 40 }, "-£35.00"], height: 30, gapBefore: 40 },
      {
        cells: [
          { text: "26 Nov 2026", x: 40 },
          { text: "Balance £1,134.56", align: "right" },
        ],
        height: 24,
        gapBefore: -30,
      },
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "CARD PAYMENT TO TESCO", 23.45, "out"],
        ["2026-11-27", "FASTER PAYMENT J SMITH", 100, "in"],
        ["2026-11-26", "DIRECT DEBIT EE LTD", 35, "out"],
      ]),
    );
  });
  it("the payee and amount over the time and an unlabelled balance (Korean)", () => {
    const doc = list([
      { cells: ["입출금내역"], height: 44 },
      { cells: ["2026.11.28"], height: 24, gapBefore: 30 },
      { cells: [{ text: "스타벅스 강남점", x: 40 }, "-4,500원"], height: 30, gapBefore: 20 },
      {
        cells: [
          { text: "14:05", x: 40 },
          { text: "1,234,500원", align: "right" },
        ],
        height: 24,
        gapBefore: -30,
      },
      { cells: [{ text: "홍길동", x: 40 }, "+200,000원"], height: 30, gapBefore: 30 },
      {
        cells: [
          { text: "09:00", x: 40 },
          { text: "1,239,000원", align: "right" },
        ],
        height: 24,
        gapBefore: -30,
      },
      { cells: ["2026.11.26"], height: 24, gapBefore: 30 },
      { cells: [{ text: "GS25 역삼점", x: 40 }, "-3,200원"], height: 30, gapBefore: 20 },
      {
        cells: [
          { text: "18:30", x: 40 },
          { text: "1,039,000원", align: "right" },
        ],
        height: 24,
        gapBefore: -30,
      },
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "스타벅스 강남점", 4500, "out"],
        ["2026-11-28", "홍길동", 200000, "in"],
        ["2026-11-26", "GS25 역삼점", 3200, "out"],
      ]),
    );
  });
});

describe("a balance OCR ran into the payee's line", () => {
  it("leaves the payee, its label and amount out", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        { cells: ["2026年11月"], height: 28 },
        { cells: [{ text: "11/28(土)", x: 40 }, "-12,345円"], height: 30, gapBefore: 40 },
        { cells: [{ text: "ｶ) ﾐﾂｲｽﾐﾄﾓ 残高 234,567円", x: 40 }], height: 26, gapBefore: -30 },
        { cells: [{ text: "11/25(水)", x: 40 }, "+50,000円"], height: 30, gapBefore: 40 },
        { cells: [{ text: "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ 残高 246,912円", x: 40 }], height: 26, gapBefore: -30 },
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "ｶ) ﾐﾂｲｽﾐﾄﾓ", 12345, "out"],
        ["2026-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
      ]),
    );
  });
  it("English: Balance after the booking text", () => {
    const doc = list([
      { cells: ["Transactions"], height: 44 },
      { cells: [{ text: "28 Nov", x: 40 }, "-£23.45"], height: 30, gapBefore: 40 },
      { cells: [{ text: "TESCO STORES 3041 Balance: £1,211.11", x: 40 }], height: 26, gapBefore: -30 },
      { cells: [{ text: "27 Nov", x: 40 }, "+£100.00"], height: 30, gapBefore: 40 },
      { cells: [{ text: "J SMITH Balance: £1,234.56", x: 40 }], height: 26, gapBefore: -30 },
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "TESCO STORES 3041", 23.45, "out"],
        ["2026-11-27", "J SMITH", 100, "in"],
      ]),
    );
  });
});

describe("the amount available to withdraw above the list", () => {
  it("is no transaction (Korean, Japanese)", () => {
    const korean = list([
      { cells: ["입출금내역"], height: 44 },
      { cells: ["출금가능금액", "1,234,500원"], height: 34 },
      "11.28 | 스타벅스 강남점 | -4,500원",
      "11.27 | 홍길동 | +200,000원",
    ]);
    expect(korean.rows.map((r) => r.amount.value)).toEqual([4500, 200000]);
    const japanese = list(
      [
        { cells: ["入出金明細"], height: 44 },
        { cells: ["お引出可能額", "234,567円"], height: 34 },
        "11/28 | ｶ-ﾄﾞ | -12,345円",
        "11/25 | ﾌﾘｺﾐ ﾔﾏﾀﾞ | +50,000円",
      ],
      { splitJapanese: true },
    );
    expect(japanese.rows.map((r) => r.amount.value)).toEqual([12345, 50000]);
  });
});

describe("a kind column before the booking text", () => {
  it("gives the direction and leaves the description (Korean)", () => {
    const doc = list([
      { cells: ["거래내역"], height: 44 },
      cells(["11.28", "출금", "스타벅스 강남점", "4,500", "1,234,500"], [40, 170, 290], [880, 1130]),
      cells(["11.27", "입금", "홍길동", "200,000", "1,239,000"], [40, 170, 290], [880, 1130]),
      cells(["11.26", "출금", "GS25 역삼점", "3,200", "1,039,000"], [40, 170, 290], [880, 1130]),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "스타벅스 강남점", 4500, "out"],
        ["2026-11-27", "홍길동", 200000, "in"],
        ["2026-11-26", "GS25 역삼점", 3200, "out"],
      ]),
    );
  });
});

describe("a day named with its weekday under a month header", () => {
  const header = { year: 2025, month: 11, underMonthHeader: true };
  const iso = (text: string) => findDates(text, header).map((d) => d.iso);
  it("is that day of the header's month, in every language the product reads", () => {
    for (const text of [
      "28(土)",
      "28 (토)",
      "28(週五)",
      "28 土曜日",
      "28 토요일",
      "28 Fri",
      "Fri 28",
      "Fr., 28.",
      "ven. 28",
    ])
      expect(iso(text)).toEqual(["2025-11-28"]);
  });
  it("is no date without the header, and never out of a time or an amount", () => {
    expect(findDates("28 Fri", { year: 2025, month: 11 })).toEqual([]);
    expect(iso("12:30 Fri")).toEqual([]);
    expect(iso("Sat 4.50")).toEqual([]);
  });
  it("dates a statement's rows (Japanese app: the day over its rows)", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        { cells: ["2025年11月"], height: 30 },
        { cells: ["28(金)"], height: 26, gapBefore: 30 },
        { cells: [{ text: "ｶ) ﾐﾂｲｽﾐﾄﾓ", x: 40 }, "-12,345円"], height: 32, gapBefore: 10 },
        { cells: ["25(火)"], height: 26, gapBefore: 30 },
        { cells: [{ text: "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", x: 40 }, "+50,000円"], height: 32, gapBefore: 10 },
      ],
      { splitJapanese: true },
      new Date(2027, 0, 10),
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2025-11-28", "ｶ) ﾐﾂｲｽﾐﾄﾓ", 12345, "out"],
        ["2025-11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", 50000, "in"],
      ]),
    );
  });
  it("dates a statement's rows (English app: Fri 28 over its rows)", () => {
    const doc = list(
      [
        { cells: ["Transactions"], height: 44 },
        { cells: ["November 2025"], height: 30 },
        { cells: ["Fri 28"], height: 26, gapBefore: 30 },
        { cells: [{ text: "TESCO STORES 3041", x: 40 }, "-£23.45"], height: 32, gapBefore: 10 },
        { cells: ["Tue 25"], height: 26, gapBefore: 30 },
        { cells: [{ text: "J SMITH", x: 40 }, "+£100.00"], height: 32, gapBefore: 10 },
      ],
      undefined,
      new Date(2027, 0, 10),
    );
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2025-11-28", "TESCO STORES 3041", 23.45, "out"],
        ["2025-11-25", "J SMITH", 100, "in"],
      ]),
    );
  });
});

describe("a company form before or after a katakana payee", () => {
  it("is read back where OCR took ｶ for the kanji 力 or for Latin letters", () => {
    const doc = list(
      [
        "入出金明細",
        "11/28 | 力) ミツイスミトモ | -12,345円",
        "11/25 | ヤマダシヨウジ (力 | -8,000円",
        "11/20 | 力士 | -500円",
        "11/18 | DA) ミツイスミトモ | -2,000円",
        "11/15 | hh) ミツイスミトモ | -1,000円",
        "11/12 | AB) STORE | -300円",
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => comparisonKey(r.description.value ?? ""))).toEqual([
      comparisonKey("カ)ミツイスミトモ"),
      comparisonKey("ヤマダシヨウジ(カ"),
      comparisonKey("力士"),
      comparisonKey("カ)ミツイスミトモ"),
      comparisonKey("カ)ミツイスミトモ"),
      comparisonKey("AB) STORE"),
    ]);
  });
});

describe("the date and an unlabelled balance on the line under the payee", () => {
  it("date the transaction, and the balance is none", () => {
    const entry = (payee: string, amount: string, sub: string, balance: string): RowSpec[] => [
      { cells: [{ text: payee, x: 40 }, amount], height: 32, gapBefore: 40 },
      { cells: [{ text: sub, x: 40 }, balance], height: 24, gapBefore: -30 },
    ];
    const doc = list([
      { cells: ["Current account"], height: 44 },
      ...entry("TESCO STORES 3041", "-£23.45", "28 Nov · Debit card", "£1,211.11"),
      ...entry("J SMITH", "+£100.00", "27 Nov · Faster payment", "£1,234.56"),
      ...entry("NETFLIX.COM", "-£10.99", "26 Nov · Debit card", "£1,134.56"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "TESCO STORES 3041", 23.45, "out"],
        ["2026-11-27", "J SMITH", 100, "in"],
        ["2026-11-26", "NETFLIX.COM", 10.99, "out"],
      ]),
    );
  });
});

describe("a booking text in two lines with the amount level with the second", () => {
  it("is joined where the first line ran out of room", () => {
    const entry = (day: string, first: string, second: string, amount: string): RowSpec[] => [
      { cells: [day], height: 26, gapBefore: 40 },
      { cells: [{ text: first, x: 40 }], height: 34, gapBefore: -20 },
      { cells: [{ text: second, x: 40 }, amount], height: 34, gapBefore: -30 },
    ];
    const doc = list([
      { cells: ["Account activity"], height: 44 },
      ...entry("28 Nov", "FASTER PAYMENT TO MR JONATHAN SMITHSON HOLDINGS", "REF INVOICE 2291", "-£23.45"),
      ...entry("27 Nov", "Tesco", "Groceries", "-£12.00"),
      ...entry("26 Nov", "DIRECT DEBIT", "EE LIMITED", "-£35.00"),
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual([
      "FASTER PAYMENT TO MR JONATHAN SMITHSON HOLDINGS REF INVOICE 2291",
      "Tesco",
      "DIRECT DEBIT",
    ]);
    expect(doc.rows.map((r) => r.date.value)).toEqual(["2026-11-28", "2026-11-27", "2026-11-26"]);
  });
});

describe("booking days as Malaysian and Singaporean statements print them", () => {
  it("reads 28-Nov and 28NOV", () => {
    const doc = list([
      { cells: ["Account History"], height: 44 },
      "28-Nov | GRAB FOOD | 23.40 DR",
      "27NOV | SALARY ACME SDN BHD | 4,200.00 CR",
      "26-Nov | DUITNOW TO SITI | 150.00 DR",
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "GRAB FOOD", 23.4, "out"],
        ["2026-11-27", "SALARY ACME SDN BHD", 4200, "in"],
        ["2026-11-26", "DUITNOW TO SITI", 150, "out"],
      ]),
    );
    expect(findDates("2x Mar", {})).toEqual([]);
  });
});

describe("a passbook's minus triangle", () => {
  const row = (day: string, text: string, out: string, inn: string, balance: string) =>
    cells([day, text, out, inn, balance], [40, 170], [640, 880, 1130]);
  it("marks a bare number as money out, also where OCR read it as a capital A", () => {
    const doc = list(
      [
        { cells: ["入出金明細"], height: 44 },
        { ...cells(["日付", "お取引内容", "お引出し", "お預入れ", "残高"], [40, 170], [640, 880, 1130]), height: 22 },
        row("11-28", "ｾﾌﾞﾝ", "A580", "", "234,567"),
        row("11-25", "ﾌﾘｺﾐ ﾔﾏﾀﾞ", "", "50,000", "235,147"),
        row("11-20", "ﾄｳｷﾖｳｶﾞｽ", "A6,210", "", "185,147"),
        row("11-15", "ﾛｰｿﾝ", "▲580", "", "191,357"),
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => [r.amount.value, r.direction])).toEqual([
      [580, "out"],
      [50000, "in"],
      [6210, "out"],
      [580, "out"],
    ]);
  });
  it("reads no A before a number as a triangle on a page without Japanese", () => {
    const doc = list([
      "Statement",
      "11/28 | GATE A580 | -$12.00",
      "11/27 | PAYROLL | +$1,500.00",
      "11/26 | SHELL | -$38.00",
    ]);
    expect(doc.rows.map((r) => r.amount.value)).toEqual([12, 1500, 38]);
    expect(doc.rows[0]?.description.value).toBe("GATE A580");
  });
});

describe("a booking text wrapped in a table, its word boxes as tesseract draws them", () => {
  it("is joined though the second line's boxes stand taller (descenders)", () => {
    const doc = list([
      { cells: ["Umsätze"], height: 44 },
      { ...cells(["Buchungstag", "Verwendungszweck", "Betrag", "Saldo"], [20, 260], [990, 1156]), height: 30 },
      {
        ...cells(["28.11.", "Lastschrift Stadtwerke Miinchen", "-84,00", "1.211,11"], [20, 260], [990, 1156]),
        height: 32,
      },
      { cells: [{ text: "GmbH Abschlag 11/2026", x: 260 }], height: 36, gapBefore: -30 },
      { ...cells(["27.11.", "Gehalt ACME GmbH", "+2.100,00", "1.295,11"], [20, 260], [990, 1156]), height: 32 },
      { ...cells(["26.11.", "Kartenzahlung REWE Markt", "-23,45", "-804,89"], [20, 260], [990, 1156]), height: 32 },
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual([
      "Lastschrift Stadtwerke Miinchen GmbH Abschlag 11/2026",
      "Gehalt ACME GmbH",
      "Kartenzahlung REWE Markt",
    ]);
  });
});

describe("a statement table on a phone, as our OCR read one", () => {
  /** A row and the second line its narrow date and description columns wrapped onto. */
  const row = (
    day: string,
    month: string,
    text: string,
    rest: string,
    out: string,
    inn: string,
    balance: string,
  ): RowSpec[] => [
    { ...cells([day, text, out, inn, balance], [16, 134], [780, 990, 1156]), height: 28, gapBefore: 0 },
    {
      cells: [{ text: month, x: 16 }, ...(rest ? [{ text: rest, x: 134, align: "left" as const }] : [])],
      height: 28,
      gapBefore: -22,
    },
  ];
  it("reads the day over its month as the date, and each booking text whole", () => {
    const doc = list([
      { cells: ["Statement"], height: 46 },
      // `Money out` and `Money in` wrapped too: the header names only the balance.
      { ...cells(["Date", "Description", "", "", "Balance"], [16, 134], [780, 990, 1156]), height: 28 },
      ...row("28", "Nov", "CARD PAYMENT TO TESCO", "STORES 3041 ON 27 NOV", "23.45", "", "1,211.11"),
      ...row("27", "Nov", "FASTER PAYMENT FROM J", "SMITH", "", "100.00", "1,234.56"),
      ...row("26", "Nov", "DIRECT DEBIT EE LIMITED", "", "35.00", "", "1,134.56"),
      ...row("25", "Nov", "CASH WITHDRAWAL LLOYDS", "BANK", "50.00", "", "1,169.56"),
    ]);
    expect(rowsOf(doc)).toEqual(
      expected([
        ["2026-11-28", "CARD PAYMENT TO TESCO STORES 3041 ON", 23.45, "out"],
        ["2026-11-27", "FASTER PAYMENT FROM J SMITH", 100, "in"],
        ["2026-11-26", "DIRECT DEBIT EE LIMITED", 35, "out"],
        ["2026-11-25", "CASH WITHDRAWAL LLOYDS BANK", 50, "out"],
      ]),
    );
  });
});
