import type { JobResult } from "@/lib/extract/schema";
import type { JobSnapshot } from "@/lib/jobs/schema";
import type { StitchedList } from "@/lib/stitch/schema";

/**
 * The merged list as one job's snapshot, so the existing exports (JSON, CSV, OFX, QIF) write it
 * unchanged: one transaction list, its rows the merged ones with the pages' corrections already
 * applied. Its id is the list's, so OFX ids (`<list id>-<row>`) stay stable between exports of
 * the same merge.
 */
export function stitchedSnapshot(list: StitchedList, pages: JobSnapshot[]): JobSnapshot {
  const first = pages[0];
  if (!first) throw new Error(`list ${list.id} has no pages`);
  const read = pages.find((page) => page.result !== null)?.result ?? null;
  const result: JobResult = {
    extractor: read?.extractor ?? first.extractor,
    model: read?.model ?? null,
    document: {
      kind: "transaction_list",
      currency: {
        value: list.currency,
        text: list.currency,
        box: null,
        confidence: list.currency === null ? 0 : 1,
        seen: list.currency !== null,
      },
      rows: list.rows.map(({ source: _source, alsoOn: _alsoOn, ...row }) => row),
    },
    checks: [],
  };
  const finished = pages.map((page) => page.finishedAt).filter((at): at is string => at !== null);
  return {
    ...first,
    id: list.id,
    fileName: `${first.fileName} (+${pages.length - 1})`,
    status: list.complete ? "succeeded" : "running",
    finishedAt: finished.sort().at(-1) ?? null,
    result,
    error: null,
    corrections: {},
    acceptedAt: null,
    list: null,
  };
}
