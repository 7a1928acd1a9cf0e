import { describe, expect, it } from "vitest";
import { exportJob } from "@/lib/export/export-jobs";
import { toCsv } from "@/lib/export/to-csv";
import type { JobResult, NumberField, StringField } from "@/lib/extract/schema";
import { type JobSnapshot, jobLinks } from "@/lib/jobs/schema";

const str = (value: string | null): StringField => ({ value, text: value, box: null, confidence: 0.9, seen: true });
const num = (value: number | null): NumberField => ({ value, text: null, box: null, confidence: 0.8, seen: false });

function snapshot(id: string, result: JobResult, corrections: JobSnapshot["corrections"] = {}): JobSnapshot {
  return {
    id,
    status: "succeeded",
    fileName: `${id}.png`,
    mimeType: "image/png",
    width: 1,
    height: 1,
    byteSize: 1,
    extractor: result.extractor,
    attempts: 1,
    createdAt: "2026-11-21T00:00:00.000Z",
    updatedAt: "2026-11-21T00:00:00.000Z",
    finishedAt: null,
    steps: [],
    result,
    error: null,
    lastEventId: 1,
    corrections,
    acceptedAt: null,
    summary: { kind: null, merchant: null, total: null, currency: null, date: null, rows: null },
    links: jobLinks(id),
  };
}

const receipt: JobResult = {
  extractor: "local",
  model: null,
  checks: [],
  document: {
    kind: "receipt",
    merchant: str('Cafe "Blue", Tokyo'),
    address: str("東京都渋谷区神南1-2-3"),
    date: str("2026-10-03"),
    time: str("12:34"),
    subtotal: num(1164),
    tax: num(116),
    rounding: num(null),
    total: num(1280),
    currency: str("JPY"),
    paymentMethod: str('=HYPERLINK("x")'),
    reference: str(null),
    items: [],
  },
};
const list: JobResult = {
  extractor: "llm",
  model: "gpt-4o-mini",
  checks: [],
  document: {
    kind: "transaction_list",
    currency: str("JPY"),
    rows: [
      { date: str("2026-10-01"), description: str("給与"), amount: num(268400), direction: "in" },
      { date: str("2026-10-02"), description: str("ATM\nShinjuku"), amount: num(20000), direction: "out" },
    ],
  },
};

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
