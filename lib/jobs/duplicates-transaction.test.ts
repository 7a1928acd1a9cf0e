import { describe, expect, it } from "vitest";
import { normaliseMerchant, sameTransaction, similarMerchants } from "@/lib/jobs/duplicates-transaction";
import type { JobSummary } from "@/lib/review/schema";

const receipt = (over: Partial<JobSummary> = {}): JobSummary => ({
  kind: "receipt",
  merchant: "Starbucks Coffee",
  total: 12.5,
  currency: "MYR",
  date: "2026-11-03",
  rows: null,
  ...over,
});

describe("sameTransaction", () => {
  it("matches one payment read twice with a slightly different merchant", () => {
    expect(sameTransaction(receipt(), receipt({ merchant: "STARBUCKS COFFEE SDN BHD" }))).toBe(true);
    expect(sameTransaction(receipt(), receipt({ merchant: "Starbuck5 Coffee" }))).toBe(true);
  });

  it("needs the same date, total and currency", () => {
    expect(sameTransaction(receipt(), receipt({ date: "2026-11-04" }))).toBe(false);
    expect(sameTransaction(receipt(), receipt({ total: 12.51 }))).toBe(false);
    expect(sameTransaction(receipt(), receipt({ currency: "SGD" }))).toBe(false);
    expect(sameTransaction(receipt({ date: null }), receipt({ date: null }))).toBe(false);
    expect(sameTransaction(receipt({ total: null }), receipt({ total: null }))).toBe(false);
  });

  it("tells two shops apart that were paid the same amount on the same day", () => {
    expect(sameTransaction(receipt(), receipt({ merchant: "7-Eleven" }))).toBe(false);
    expect(sameTransaction(receipt({ merchant: null }), receipt({ merchant: null }))).toBe(false);
  });

  it("compares receipts only, never lists", () => {
    expect(sameTransaction(receipt({ kind: "transaction_list" }), receipt({ kind: "transaction_list" }))).toBe(false);
  });
});

describe("merchant names", () => {
  it("fold case, width, accents and legal forms", () => {
    expect(normaliseMerchant("Café Müller GmbH")).toBe("cafemuller");
    expect(normaliseMerchant("株式会社ローソン")).toBe("ローソン");
    expect(normaliseMerchant("ＦａｍｉｌｙＭａｒｔ")).toBe("familymart");
  });

  it("match when one contains the other, not on a short common part", () => {
    expect(similarMerchants("ローソン", "ローソン 渋谷店")).toBe(true);
    expect(similarMerchants("AB", "ABC Mart")).toBe(false);
    expect(similarMerchants("Lawson", "FamilyMart")).toBe(false);
  });
});
