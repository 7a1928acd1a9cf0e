import { describe, expect, it } from "vitest";
import { importedIdOf, toActualAmount, toActualTransactions } from "@/lib/actual/to-actual-transactions";
import { list, num, receipt, snapshot, str } from "@/lib/export/export-samples.testing";
import type { JobResult } from "@/lib/extract/schema";

const withItems: JobResult = {
  ...receipt,
  document: {
    ...(receipt.document as Extract<JobResult["document"], { kind: "receipt" }>),
    reference: str("R-77"),
    items: [
      { description: str("Latte"), amount: num(580) },
      { description: str("Scone"), amount: num(700) },
    ],
  },
};

describe("toActualTransactions", () => {
  it("makes a receipt one payment of its total in hundredths, with file name, reference and items in the notes", () => {
    const { transactions, skipped } = toActualTransactions([snapshot("job-a", withItems)]);
    expect(skipped).toBe(0);
    expect(transactions).toEqual([
      {
        imported_id: "sukusho:job-a:0",
        date: "2026-10-03",
        amount: -128000,
        payee_name: 'Cafe "Blue", Tokyo',
        imported_payee: 'Cafe "Blue", Tokyo',
        notes: 'job-a.png · =HYPERLINK("x") · ref R-77 · Latte 580, Scone 700',
      },
    ]);
  });

  it("makes a list one transaction per row, money in positive, each with its own stable id", () => {
    const { transactions } = toActualTransactions([snapshot("job-b", list)]);
    expect(transactions.map((t) => [t.imported_id, t.amount, t.payee_name])).toEqual([
      ["sukusho:job-b:0", 26840000, "給与"],
      ["sukusho:job-b:1", -2000000, "ATM\nShinjuku"],
    ]);
    expect(toActualTransactions([snapshot("job-b", list)]).transactions).toEqual(transactions);
  });

  it("sends the corrected value, not the one read", () => {
    const corrected = snapshot("job-c", receipt, { total: { value: 1300, correctedAt: "2026-11-22T00:00:00.000Z" } });
    expect(toActualTransactions([corrected]).transactions[0]?.amount).toBe(-130000);
  });

  it("leaves out rows without an amount and dates impossible dates on the upload day", () => {
    const noTotal = snapshot("job-d", { ...receipt, document: { ...receipt.document, total: num(null) } as never });
    const badDate = snapshot("job-e", {
      ...receipt,
      document: { ...receipt.document, date: str("2026-02-30") } as never,
    });
    const { transactions, skipped } = toActualTransactions([noTotal, badDate]);
    expect(skipped).toBe(1);
    expect(transactions).toHaveLength(1);
    expect(transactions[0]?.date).toBe("2026-11-21");
    expect(transactions[0]?.notes).toContain("date read as 2026-02-30");
  });

  it("rounds amounts as Actual does and keeps ids stable per job and row", () => {
    expect(toActualAmount(12.34)).toBe(1234);
    expect(toActualAmount(-0.1 - 0.2)).toBe(-30);
    expect(toActualAmount(1.005)).toBe(101);
    expect(importedIdOf("abc", 3)).toBe("sukusho:abc:3");
  });
});
