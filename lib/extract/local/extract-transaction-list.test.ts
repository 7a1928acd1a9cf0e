import { describe, expect, it } from "vitest";
import type { TransactionList } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { type OcrOptions, ocrFromRows, type RowSpec } from "./test-ocr";

function list(rows: Array<string | RowSpec>, options?: OcrOptions): TransactionList {
  const doc = extractDocument(ocrFromRows(rows, options), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "transaction_list") throw new Error(`expected a list, got ${doc.kind}`);
  return doc;
}

/** Rows as compact tuples for readable assertions. */
function rowsOf(doc: TransactionList): Array<[string | null, string | null, number | null, string]> {
  return doc.rows.map((r) => [
    r.date.value,
    r.description.value?.replace(/\s/g, "") ?? null,
    r.amount.value,
    r.direction,
  ]);
}

/** A title row and a small grey sub-line under it, tight together. */
function twoLine(title: string, amount: string, sub: string, gapBefore = 60): RowSpec[] {
  return [
    { cells: [title, amount], height: 40, gapBefore },
    { cells: [sub], height: 28, gapBefore: -32 },
  ];
}

describe("card history grouped under date headers", () => {
  const doc = list([
    { cells: ["Transactions"], height: 60 },
    "Available credit | $3,715.44",
    { cells: ["Oct 14, 2026"], gapBefore: 60 },
    ...twoLine("Trader Joe's", "$23.10", "Groceries", 20),
    ...twoLine("Shell", "$41.37", "Gas"),
    { cells: ["Oct 13, 2026"], gapBefore: 60 },
    ...twoLine("Uber", "$18.64", "Transport", 20),
    { cells: ["Oct 12, 2026"], gapBefore: 60 },
    ...twoLine("Amazon", "+$15.00", "Refund", 20),
    ...twoLine("Chipotle", "$12.85", "Food & Drink"),
  ]);

  it("reads one row per transaction, top to bottom, without the summary", () => {
    expect(rowsOf(doc)).toEqual([
      ["2026-10-14", "TraderJoe's", 23.1, "out"],
      ["2026-10-14", "Shell", 41.37, "out"],
      ["2026-10-13", "Uber", 18.64, "out"],
      ["2026-10-12", "Amazon", 15, "in"],
      ["2026-10-12", "Chipotle", 12.85, "out"],
    ]);
  });
  it("reads the currency", () => {
    expect(doc.currency.value).toBe("USD");
    expect(doc.currency.seen).toBe(true);
  });
  it("gives each row's fields their boxes", () => {
    const first = doc.rows[0];
    expect(first?.amount.text).toBe("$23.10");
    expect(first?.amount.box?.x0).toBeGreaterThan(600);
    expect(first?.date.text).toBe("Oct 14, 2026");
    expect(first?.description.box?.x0).toBeLessThan(200);
  });
});

describe("dates on a sub-line under each transaction", () => {
  const doc = list([
    { cells: ["Recent activity"], height: 56 },
    ...twoLine("Blue Bottle Coffee", "-$5.40", "Oct 3 · Apple Pay", 80),
    ...twoLine("Whole Foods", "-$82.10", "Oct 2 · Visa"),
    ...twoLine("Payroll ACME Inc", "+$2,400.00", "Oct 1 · Deposit"),
    ...twoLine("Netflix", "-$15.49", "Sep 30 · Visa"),
  ]);

  it("takes each date from the transaction's own sub-line", () => {
    expect(rowsOf(doc)).toEqual([
      ["2026-10-03", "BlueBottleCoffee", 5.4, "out"],
      ["2026-10-02", "WholeFoods", 82.1, "out"],
      ["2026-10-01", "PayrollACMEInc", 2400, "in"],
      ["2026-09-30", "Netflix", 15.49, "out"],
    ]);
  });
});

describe("Japanese card statement with the date and amount on one line, the shop below", () => {
  const doc = list(
    [
      { cells: ["ご利用明細"], height: 50 },
      "ミナモカード 2026年10月 ご利用金額合計",
      { cells: ["¥21,138"], height: 90, gapBefore: -20 },
      "お支払日 2026/11/27",
      { cells: ["ご利用一覧 (4件)"], gapBefore: 80 },
      { cells: ["2026/10/28", "¥3,980"], gapBefore: 40 },
      { cells: ["AMAZON.CO.JP", "1回払い"], gapBefore: -34 },
      { cells: ["2026/10/21", "-¥1,990"], gapBefore: 40 },
      { cells: ["ユニクロ 銀座店", "返品"], gapBefore: -34 },
      { cells: ["2026/10/19", "¥5,432"], gapBefore: 40 },
      { cells: ["ENEOS 世田谷SS", "1回払い"], gapBefore: -34 },
      { cells: ["2026/10/05", "¥650"], gapBefore: 40 },
      { cells: ["スターバックス 新宿南口店", "1回払い"], gapBefore: -34 },
    ],
    { splitJapanese: true },
  );

  it("skips the monthly total and reads each shop from the line below", () => {
    expect(rowsOf(doc)).toEqual([
      ["2026-10-28", "AMAZON.CO.JP", 3980, "out"],
      ["2026-10-21", "ユニクロ銀座店", 1990, "in"],
      ["2026-10-19", "ENEOS世田谷SS", 5432, "out"],
      ["2026-10-05", "スターバックス新宿南口店", 650, "out"],
    ]);
    expect(doc.currency.value).toBe("JPY");
  });
});

describe("bank statement table with a balance column", () => {
  const doc = list(
    [
      { cells: ["入出金明細"], height: 50 },
      { cells: ["残高", "476,096円"], height: 80 },
      "照会期間 2026/09/20~2026/10/31",
      {
        cells: [
          { text: "日付", x: 40 },
          { text: "摘要", x: 190 },
          { text: "金額(円)", x: 700 },
          { text: "残高(円)", align: "right" },
        ],
      },
      "2026年9月",
      {
        cells: [
          { text: "09/25", x: 40 },
          { text: "給与", x: 190 },
          { text: "+268,400", x: 860, align: "right" },
          { text: "430,207", align: "right" },
        ],
      },
      {
        cells: [
          { text: "09/26", x: 40 },
          { text: "口座振替 電気料金", x: 190 },
          { text: "-8,412", x: 860, align: "right" },
          { text: "421,795", align: "right" },
        ],
      },
      {
        cells: [
          { text: "09/30", x: 40 },
          { text: "利息", x: 190 },
          { text: "+2", x: 860, align: "right" },
          { text: "421,797", align: "right" },
        ],
      },
      "2026年10月",
      {
        cells: [
          { text: "10/01", x: 40 },
          { text: "振込手数料", x: 190 },
          { text: "-145", x: 860, align: "right" },
          { text: "421,652", align: "right" },
        ],
      },
      {
        cells: [
          { text: "10/06", x: 40 },
          { text: "ATM", x: 190 },
          { text: "-30,000", x: 860, align: "right" },
          { text: "391,652", align: "right" },
        ],
      },
      "これ以上の明細はありません",
    ],
    { splitJapanese: true },
  );

  it("reads the amount column, not the balance, and nothing above the table", () => {
    expect(rowsOf(doc)).toEqual([
      ["2026-09-25", "給与", 268400, "in"],
      ["2026-09-26", "口座振替電気料金", 8412, "out"],
      ["2026-09-30", "利息", 2, "in"],
      ["2026-10-01", "振込手数料", 145, "out"],
      ["2026-10-06", "ATM", 30000, "out"],
    ]);
  });
});

describe("statement with separate money-out and money-in columns", () => {
  const doc = list([
    { cells: ["Statement"], height: 50 },
    {
      cells: [
        { text: "Date", x: 40 },
        { text: "Description", x: 200 },
        { text: "Withdrawals", x: 560 },
        { text: "Deposits", x: 780 },
        { text: "Balance", align: "right" },
      ],
    },
    {
      cells: [
        { text: "10/01", x: 40 },
        { text: "Rent", x: 200 },
        { text: "1,200.00", x: 740, align: "right" },
        { text: "3,800.00", align: "right" },
      ],
    },
    {
      cells: [
        { text: "10/02", x: 40 },
        { text: "Transfer from savings", x: 200 },
        { text: "500.00", x: 940, align: "right" },
        { text: "4,300.00", align: "right" },
      ],
    },
    {
      cells: [
        { text: "10/03", x: 40 },
        { text: "Grocery Outlet", x: 200 },
        { text: "64.20", x: 740, align: "right" },
        { text: "4,235.80", align: "right" },
      ],
    },
  ]);

  it("takes the direction from the column", () => {
    expect(rowsOf(doc)).toEqual([
      ["2026-10-01", "Rent", 1200, "out"],
      ["2026-10-02", "Transferfromsavings", 500, "in"],
      ["2026-10-03", "GroceryOutlet", 64.2, "out"],
    ]);
  });
  it("has no currency mark and names no country, so it gives no currency rather than a guess", () => {
    expect(doc.currency).toMatchObject({ value: null, seen: false });
  });
});

describe("month header gives year-less dates their year", () => {
  const doc = list(
    [
      { cells: ["2026年1月"], height: 44 },
      "1/05 | セブン-イレブン | 580円",
      "1/03 | ローソン | 1,200円",
      "12/28 | ファミリーマート | 320円",
    ],
    { splitJapanese: true },
  );

  it("rolls December back to the previous year", () => {
    expect(doc.rows.map((r) => r.date.value)).toEqual(["2026-01-05", "2026-01-03", "2025-12-28"]);
    expect(doc.rows.map((r) => r.amount.value)).toEqual([580, 1200, 320]);
    expect(doc.rows[0]?.description.value).toBe("セブン-イレブン");
  });
});

describe("directions", () => {
  it("reads unsigned amounts as deposits when the list marks withdrawals with a minus", () => {
    const doc = list([
      "Checking activity",
      "10/01 | Coffee | -4.50",
      "10/02 | Groceries | -52.10",
      "10/03 | Paycheck | 1,500.00",
      "10/04 | Gas | -38.00",
    ]);
    expect(doc.rows.map((r) => r.direction)).toEqual(["out", "out", "in", "out"]);
  });
  it("reads words: 給与 and refunds are money in, ATM is money out", () => {
    const doc = list(
      [
        "2026年10月",
        "10/01 | 給与 | 250,000円",
        "10/02 | ATM | 20,000円",
        "10/03 | 返金 Amazon | 1,980円",
        "10/04 | スーパー | 3,000円",
      ],
      { splitJapanese: true },
    );
    expect(doc.rows.map((r) => r.direction)).toEqual(["in", "out", "in", "out"]);
  });
});

describe("balances written on each row", () => {
  it("reads the transaction amount, not the labelled balance after it", () => {
    const doc = list(
      [
        "入出金明細",
        "10/01 | 給与 | 250,000円 | 残高 300,000円",
        "10/02 | ATM | 20,000円 | 残高 280,000円",
        "10/03 | ローソン | 864円 | 残高 279,136円",
      ],
      { splitJapanese: true },
    );
    expect(rowsOf(doc)).toEqual([
      ["2026-10-01", "給与", 250000, "in"],
      ["2026-10-02", "ATM", 20000, "out"],
      ["2026-10-03", "ローソン", 864, "out"],
    ]);
  });
});

describe("relative day headers", () => {
  const rows = [
    { cells: ["Activity"], height: 56 },
    "Today",
    "Starbucks | -$5.40",
    "Uber | -$12.10",
    "Yesterday",
    "Whole Foods | -$82.10",
  ];

  it("dates the rows under them from the upload time, with the header's words as provenance", () => {
    const doc = list(rows);
    // list() uploads on 1 November 2026 (local time).
    const today = new Date(2026, 10, 1).toISOString().slice(0, 10);
    const yesterday = new Date(new Date(2026, 10, 1).getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(rowsOf(doc)).toEqual([
      [today, "Starbucks", 5.4, "out"],
      [today, "Uber", 12.1, "out"],
      [yesterday, "WholeFoods", 82.1, "out"],
    ]);
    expect(doc.rows[2]?.date).toMatchObject({ text: "Yesterday", seen: true });
  });

  it("leaves the dates missing rather than guessing when the upload time is unknown", () => {
    const doc = extractDocument(ocrFromRows(rows), {});
    if (doc.kind !== "transaction_list") throw new Error(`read as ${doc.kind}`);
    expect(doc.rows.map((row) => row.date.value)).toEqual([null, null, null]);
  });
});

describe("an account summary above a dated list", () => {
  it("is not a transaction: the balance and credit line above the first date header are left out", () => {
    const doc = list([
      { cells: ["Aktivität"], height: 56 },
      "Gold Card Guthaben",
      { cells: ["721,43 €"], height: 40 },
      "Verfügbarer Rahmen 552,43 €",
      { cells: ["29. Nov. 2026"], gapBefore: 60 },
      "Lidl | -78,12 €",
      { cells: ["27. Nov. 2026"], gapBefore: 60 },
      "Café Einstein | -43,55 €",
    ]);
    expect(rowsOf(doc)).toEqual([
      ["2026-11-29", "Lidl", 78.12, "out"],
      ["2026-11-27", "CaféEinstein", 43.55, "out"],
    ]);
    expect(doc.currency.value).toBe("EUR");
  });

  it("keeps the transactions above a row's own date and time, which is not a group's header", () => {
    // OCR garbled the first two rows' date lines; the third row's `Oct 28 · 20:11` reads.
    const doc = list([
      { cells: ["Available balance | $868.50"], height: 40 },
      ...twoLine("Starbucks", "-$72.20", "Oc7 3l · 19:19 · Payment"),
      ...twoLine("Kimbap House", "-$14.56", "0ct 3O · 14:00 · Payment"),
      ...twoLine("Lotte Mart", "-$19.71", "Oct 28 · 20:11"),
    ]);
    expect(rowsOf(doc).map(([, description, amount]) => [description, amount])).toEqual([
      ["Starbucks", 72.2],
      ["KimbapHouse", 14.56],
      ["LotteMart", 19.71],
    ]);
  });
});

describe("notification sentences", () => {
  it("reads each sentence as a transaction, its payee out of the sentence, dated from the time ago", () => {
    const doc = list([
      "26 May 2026",
      "CHASE 7m ago",
      "You spent US$51.56 at Home Depot",
      { cells: ["CHASE Yesterday"], gapBefore: 40 },
      "You spent US$4.48 at Target",
    ]);
    expect(rowsOf(doc).map(([, description, amount]) => [description, amount])).toEqual([
      ["HomeDepot", 51.56],
      ["Target", 4.48],
    ]);
  });
});

describe("notifications headed by the app's name", () => {
  /** One notification: the app's name and the time, then the sentence with the amount. */
  const notification = (time: string, sentence: string): RowSpec[] => [
    { cells: ["MONZO", time], height: 30, gapBefore: 120 },
    { cells: [sentence], height: 30, gapBefore: -20 },
  ];
  it("describes each row by the payee of its sentence, not by the app's name on every row", () => {
    const doc = list([
      { cells: ["Notifications"], height: 50 },
      { cells: ["Oct 14, 2026"], height: 40 },
      ...notification("09:12", "You spent £8.20 at Pret A Manger"),
      ...notification("08:03", "You spent £31.75 at Boots"),
      ...notification("07:45", "You spent £2.60 at Greggs"),
      { cells: ["Oct 13, 2026"], height: 40, gapBefore: 60 },
      ...notification("18:30", "You spent £12.99 at Waterstones"),
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual(["Pret A Manger", "Boots", "Greggs", "Waterstones"]);
  });
  it("keeps a name that heads only some rows", () => {
    const doc = list([
      { cells: ["Notifications"], height: 50 },
      { cells: ["Oct 14, 2026"], height: 40 },
      ...notification("09:12", "You spent £8.20 at Pret A Manger"),
      { cells: ["Tesco", "£12.00"], height: 30, gapBefore: 120 },
      { cells: ["Oct 13, 2026"], height: 40, gapBefore: 60 },
      { cells: ["Tesco", "£4.10"], height: 30, gapBefore: 60 },
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual(["MONZO", "Tesco", "Tesco"]);
  });
});

describe("a wallet's balance above the list's title", () => {
  const entry = (name: string, amount: string, meta: string): RowSpec[] => [
    { cells: [name, amount], height: 30, gapBefore: 50 },
    { cells: [meta], height: 22, gapBefore: -20 },
  ];
  it("is not a transaction", () => {
    const doc = list([
      { cells: ["Available balance"], height: 24 },
      { cells: ["Monzo", "£412.06"], height: 44 },
      { cells: ["Recent activity"], height: 36, gapBefore: 60 },
      ...entry("Sainsbury's", "-£23.40", "Nov 2 · 18:20"),
      ...entry("Trainline", "-£46.10", "Nov 1 · 07:55"),
      ...entry("Salary", "+£1,950.00", "Oct 31 · 09:00"),
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual(["Sainsbury's", "Trainline", "Salary"]);
  });
  it("keeps every row above a tab bar that names the list", () => {
    const doc = list([
      ...entry("Sainsbury's", "-£23.40", "Nov 2 · 18:20"),
      ...entry("Trainline", "-£46.10", "Nov 1 · 07:55"),
      ...entry("Salary", "+£1,950.00", "Oct 31 · 09:00"),
      { cells: ["Home", "Activity", "Cards"], height: 22, gapBefore: 400 },
    ]);
    expect(doc.rows).toHaveLength(3);
  });
});

describe("a name wrapped onto the amount's line", () => {
  it("is joined back when the rest is a capitalised word in the same type", () => {
    const doc = list([
      { cells: ["Activity"], height: 40 },
      { cells: ["Payment to Marcus"], height: 30, gapBefore: 40 },
      { cells: ["Whitfield", "-£120.00"], height: 30, gapBefore: -18 },
      { cells: ["Nov 2 · 18:20"], height: 22, gapBefore: -16 },
      { cells: ["Tesco", "-£12.00"], height: 30, gapBefore: 50 },
      { cells: ["Nov 1 · 09:10"], height: 22, gapBefore: -16 },
      { cells: ["Boots", "-£4.10"], height: 30, gapBefore: 50 },
      { cells: ["Oct 31 · 12:00"], height: 22, gapBefore: -16 },
    ]);
    expect(doc.rows.map((r) => r.description.value)).toEqual(["Payment to Marcus Whitfield", "Tesco", "Boots"]);
  });
  it("leaves a category in smaller type under its payee", () => {
    const doc = list([
      { cells: ["Activity"], height: 40 },
      { cells: ["Corner Shop Express"], height: 30, gapBefore: 40 },
      { cells: ["Groceries", "-£9.80"], height: 22, gapBefore: -24 },
      { cells: ["Tesco", "-£12.00"], height: 30, gapBefore: 50 },
      { cells: ["Boots", "-£4.10"], height: 30, gapBefore: 50 },
    ]);
    expect(doc.rows[0]?.description.value).toBe("Corner Shop Express");
  });
});
