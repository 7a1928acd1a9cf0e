import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "@/lib/export/ledger";
import { summarizeSpending } from "@/lib/spending/summarize";

let next = 0;
const entry = (date: string, amount: number, currency: string | null, payee: string | null = null): LedgerEntry => ({
  id: `job-${next++}`,
  date,
  dateRead: true,
  payee,
  amount,
  currency,
  memo: null,
});

describe("summarizeSpending", () => {
  it("adds money in and out per month without floating-point drift", () => {
    const entries = [
      ...Array.from({ length: 10 }, () => entry("2026-11-03", -0.1, "USD", "Vending")),
      entry("2026-11-20", 250, "USD", "Employer"),
      entry("2026-12-01", -3.3, "USD", "Cafe"),
    ];
    const [usd] = summarizeSpending(entries, { period: "month" }).currencies;
    expect(usd?.totals).toEqual({ in: 250, out: 4.3, count: 12 });
    expect(usd?.periods).toEqual([
      { start: "2026-11-01", in: 250, out: 1, count: 11 },
      { start: "2026-12-01", in: 0, out: 3.3, count: 1 },
    ]);
  });

  it("never adds currencies together, and keeps amounts without one apart", () => {
    const summary = summarizeSpending(
      [
        entry("2026-11-03", -1280, "JPY"),
        entry("2026-11-04", -500, "jpy"),
        entry("2026-11-04", -9.5, "EUR"),
        entry("2026-11-05", -3, null),
      ],
      { period: "week" },
    );
    expect(summary.currencies.map((c) => [c.currency, c.totals.out])).toEqual([
      ["JPY", 1780],
      ["EUR", 9.5],
      [null, 3],
    ]);
  });

  it("keeps empty periods inside the window so the time axis is even", () => {
    const [eur] = summarizeSpending([entry("2026-09-10", -5, "EUR"), entry("2026-11-10", -7, "EUR")], {
      period: "month",
    }).currencies;
    expect(eur?.periods.map((p) => [p.start, p.out])).toEqual([
      ["2026-09-01", 5],
      ["2026-10-01", 0],
      ["2026-11-01", 7],
    ]);
  });

  it("counts what is older than the window in the totals and says how much", () => {
    const [gbp] = summarizeSpending([entry("2025-01-15", -40, "GBP"), entry("2026-11-10", -2, "GBP")], {
      period: "month",
      periods: 3,
    }).currencies;
    expect(gbp?.periods.map((p) => p.start)).toEqual(["2026-09-01", "2026-10-01", "2026-11-01"]);
    expect(gbp?.earlier).toEqual({ in: 0, out: 40, count: 1 });
    expect(gbp?.totals.out).toBe(42);
  });

  it("ranks payees by money spent, grouping spellings that differ in case and spaces", () => {
    const [jpy] = summarizeSpending(
      [
        entry("2026-11-01", -600, "JPY", "STARBUCKS  Shibuya"),
        entry("2026-11-02", -700, "JPY", "Starbucks Shibuya"),
        entry("2026-11-02", -700, "JPY", "Starbucks Shibuya"),
        entry("2026-11-03", -1500, "JPY", "Lawson"),
        entry("2026-11-04", 3000, "JPY", "Refund Co"),
        entry("2026-11-04", -90, "JPY", null),
      ],
      { period: "month" },
    ).currencies;
    expect(jpy?.topMerchants).toEqual([
      { payee: "Starbucks Shibuya", out: 2000, count: 3 },
      { payee: "Lawson", out: 1500, count: 1 },
    ]);
  });

  it("leaves out dates that are not calendar days", () => {
    const summary = summarizeSpending([entry("2026-02-30", -1, "USD")], { period: "month" });
    expect(summary.currencies).toEqual([]);
  });
});
