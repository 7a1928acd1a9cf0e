import { describe, expect, it } from "vitest";
import { snapshot, str } from "@/lib/export/export-samples.testing";
import { toCsv } from "@/lib/export/to-csv";
import type { JobResult, TransactionRow } from "@/lib/extract/schema";
import { stitchList } from "@/lib/stitch/read-stitched-list";
import { row } from "@/lib/stitch/stitch-rows.testing";
import { stitchedSnapshot } from "@/lib/stitch/stitched-snapshot";

const listResult = (rows: TransactionRow[]): JobResult => ({
  extractor: "local",
  model: null,
  checks: [],
  document: { kind: "transaction_list", currency: str("JPY"), rows },
});

const pages = () => [
  snapshot("a", listResult([row("2026-12-01", "Lawson", 480), row("2026-12-01", "JR East", 220)])),
  snapshot("b", listResult([row("2026-12-01", "JR East", 220), row("2026-12-02", "Daiso", 110)])),
];

describe("stitchList", () => {
  it("merges the pages' rows with their corrections applied", () => {
    const [a, b] = pages();
    const corrected = { ...b!, corrections: { "rows.1.amount": { value: 330, correctedAt: "2026-12-05T00:00:00Z" } } };
    const list = stitchList("a", [a!, corrected]);
    expect(list.rows.map((r) => r.amount.value)).toEqual([480, 220, 330]);
    expect(list.repeatsRemoved).toBe(1);
    expect(list.totals).toEqual({ out: 1030, in: 0, unread: 0 });
    expect(list.currency).toBe("JPY");
    expect(list.complete).toBe(true);
    expect(list.pages.map((p) => [p.page, p.jobId, p.rows])).toEqual([
      [0, "a", 2],
      [1, "b", 2],
    ]);
    expect(list.links.self).toBe("/api/lists/a");
  });

  it("is incomplete while a page runs, and leaves a page without a list out of the merge", () => {
    const [a] = pages();
    const running = { ...snapshot("c", listResult([])), status: "running" as const, result: null };
    const list = stitchList("a", [a!, running]);
    expect(list.complete).toBe(false);
    expect(list.rows).toHaveLength(2);
    expect(list.pages[1]?.rows).toBeNull();
  });
});

describe("stitchedSnapshot", () => {
  it("exports the merged rows as one list, once each", () => {
    const snapshots = pages();
    const list = stitchList("a", snapshots);
    const merged = stitchedSnapshot(list, snapshots);
    expect(merged.id).toBe("a");
    expect(merged.result?.document.kind === "transaction_list" && merged.result.document.rows).toHaveLength(3);
    const csv = toCsv([merged]).trim().split(/\r?\n/);
    expect(csv).toHaveLength(1 + 3);
  });
});
