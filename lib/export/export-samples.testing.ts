import type { JobResult, NumberField, StringField } from "@/lib/extract/schema";
import { type JobSnapshot, jobLinks } from "@/lib/jobs/schema";

/** A receipt and a list with their snapshots, for the export tests (CSV, QIF, OFX). */

export const str = (value: string | null): StringField => ({
  value,
  text: value,
  box: null,
  confidence: 0.9,
  seen: true,
});
export const num = (value: number | null): NumberField => ({
  value,
  text: null,
  box: null,
  confidence: 0.8,
  seen: false,
});

export function snapshot(id: string, result: JobResult, corrections: JobSnapshot["corrections"] = {}): JobSnapshot {
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

export const receipt: JobResult = {
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
export const list: JobResult = {
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
