import { describe, expect, it } from "vitest";
import { buildRows } from "./layout";
import { columnOf, findTableHeader } from "./list-columns";
import { directionFromWords, signConvention } from "./list-direction";
import type { Transaction } from "./list-grouping";
import { analysePage, isStatusBar } from "./page";
import { classifyLabel } from "./receipt-total";
import { ocrFromRows } from "./test-ocr";

describe("classifyLabel", () => {
  it.each([
    ["合計", "total"],
    ["合計(税込)", "total"],
    ["Total (incl. tax)", "total"],
    ["お支払い金額", "total"],
    ["Amount paid", "total"],
    ["小計", "excluded"],
    ["Subtotal", "excluded"],
    ["消費税 (8%)", "excluded"],
    ["(内消費税等", "excluded"],
    ["8%対象", "excluded"],
    ["お預り", "excluded"],
    ["お預り金額", "excluded"],
    ["お釣り", "excluded"],
    ["Change", "excluded"],
    ["Balance", "excluded"],
    ["交通系IC残高", "excluded"],
    ["Discount", "excluded"],
    ["おにぎり 鮭", "none"],
  ])("%s is %s", (label, role) => {
    expect(classifyLabel(label).role).toBe(role);
  });
  it("ranks specific total labels above generic ones", () => {
    expect(classifyLabel("お支払い金額").strength).toBeGreaterThan(classifyLabel("金額").strength);
    expect(classifyLabel("Amount paid").strength).toBeGreaterThan(classifyLabel("Amount").strength);
  });
});

describe("isStatusBar", () => {
  it("recognises the clock row at the top, not a dated first line", () => {
    const page = { width: 1170, height: 2532 };
    const [clock] = buildRows(ocrFromRows([{ cells: ["9:41", "5G 100%"], y: 40 }]));
    const [dated] = buildRows(ocrFromRows([{ cells: ["2026/10/03 9:41"], y: 40 }]));
    const [content] = buildRows(ocrFromRows([{ cells: ["9:41"], y: 600 }]));
    if (!clock || !dated || !content) throw new Error("rows expected");
    expect(isStatusBar(clock, page)).toBe(true);
    expect(isStatusBar(dated, page)).toBe(false);
    expect(isStatusBar(content, page)).toBe(false);
  });
  it("is left out of the page's rows", () => {
    const page = analysePage(ocrFromRows([{ cells: ["9:41", "100%"], y: 40 }, "Total | $5.00"]));
    expect(page.rows.map((r) => r.text)).toEqual(["Total $5.00"]);
  });
});

describe("table headers", () => {
  const rows = buildRows(
    ocrFromRows([
      {
        cells: [
          { text: "日付", x: 40 },
          { text: "摘要", x: 200 },
          { text: "お支払金額", x: 560 },
          { text: "お預り金額", x: 780 },
          { text: "残高", align: "right" },
        ],
      },
      "10/01 | ATM | 10,000",
    ]),
  );
  it("finds the header row and its money columns", () => {
    const header = findTableHeader(rows);
    expect(header?.columns.map((c) => c.role)).toEqual(["date", "description", "out", "in", "balance"]);
  });
  it("puts an amount in the column above it", () => {
    const header = findTableHeader(rows);
    if (!header) throw new Error("header expected");
    expect(columnOf(header, { x0: 600, y0: 0, x1: 700, y1: 10 })).toBe("out");
    expect(columnOf(header, { x0: 800, y0: 0, x1: 900, y1: 10 })).toBe("in");
    expect(columnOf(header, { x0: 1010, y0: 0, x1: 1100, y1: 10 })).toBe("balance");
  });
  it("is absent on a page without one", () => {
    expect(findTableHeader(buildRows(ocrFromRows(["Starbucks | $5.40", "Date | Oct 3"])))).toBeNull();
  });
});

describe("directions", () => {
  function tx(sign: "+" | "-" | null): Transaction {
    const amount = sign === null ? { sign: null } : { sign };
    return { anchor: { amount } } as unknown as Transaction;
  }

  it("reads words", () => {
    expect(directionFromWords("給与")).toBe("in");
    expect(directionFromWords("Refund - Amazon")).toBe("in");
    expect(directionFromWords("ATM")).toBe("out");
    expect(directionFromWords("振込手数料")).toBe("out");
    expect(directionFromWords("Starbucks")).toBeNull();
  });
  it("infers the list's sign convention", () => {
    // A card history: purchases unsigned, a refund marked with a minus.
    expect(signConvention([tx(null), tx(null), tx("-"), tx(null)])).toEqual({ minus: "in", unsigned: "out" });
    // A bank statement: withdrawals with a minus, a deposit unsigned.
    expect(signConvention([tx("-"), tx("-"), tx(null), tx("-")])).toEqual({ minus: "out", unsigned: "in" });
    // A plus sign settles it: minus and unsigned are both money out.
    expect(signConvention([tx("+"), tx(null), tx("-")])).toEqual({ minus: "out", unsigned: "out" });
  });
});
