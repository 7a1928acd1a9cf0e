import { describe, expect, it } from "vitest";
import { exportJob } from "@/lib/export/export-jobs";
import { list, receipt, snapshot } from "@/lib/export/export-samples.testing";
import { toCsv } from "@/lib/export/to-csv";

describe("toCsv", () => {
  const corrections = { total: { value: 1300, correctedAt: "x" }, tax: { value: 136, correctedAt: "x" } };
  const csv = toCsv([snapshot("r1", receipt, corrections), snapshot("l1", list)]);
  const lines = csv.slice(1).split("\r\n");

  it("starts with a BOM and the header, one row per receipt and per transaction", () => {
    expect(csv.startsWith("\uFEFFjob_id,file_name,kind,date,time,description,amount,currency,direction,")).toBe(true);
    expect(lines[0]).toMatch(/,corrected,address,subtotal,tax,rounding$/);
    expect(lines.filter((line) => line !== "")).toHaveLength(1 + 1 + 2);
  });

  it("uses corrected values, quotes what needs it and defuses formulas", () => {
    expect(lines[1]).toBe(
      `r1,r1.png,receipt,2026-10-03,12:34,"Cafe ""Blue"", Tokyo",1300,JPY,out,"'=HYPERLINK(""x"")",,total tax,東京都渋谷区神南1-2-3,1164,136,`,
    );
    expect(lines[2]).toBe("l1,l1.png,transaction_list,2026-10-01,,給与,268400,JPY,in,,,,,,,");
    expect(csv).toContain('"ATM\nShinjuku"');
  });
});

describe("exportJob", () => {
  it("keeps the value as read beside the correction", () => {
    const exported = exportJob(
      snapshot("r1", receipt, {
        total: { value: 1300, correctedAt: "x" },
        rounding: { value: -0.02, correctedAt: "x" },
      }),
    );
    expect(exported.values.total).toEqual({
      value: 1300,
      original: 1280,
      corrected: true,
      confidence: 0.8,
      seenInImage: false,
    });
    expect(exported.values.merchant?.corrected).toBe(false);
    expect(exported.values.rounding).toMatchObject({ value: -0.02, original: null, corrected: true });
    expect(exported.values.address?.value).toBe("東京都渋谷区神南1-2-3");
    expect(exported.values.subtotal).toMatchObject({ value: 1164, corrected: false });
    expect(Object.keys(exported.values).slice(0, 8)).toEqual([
      "merchant",
      "address",
      "date",
      "time",
      "subtotal",
      "tax",
      "rounding",
      "total",
    ]);
  });
});
