import type { Check, ExtractedDocument } from "@/lib/extract/schema";
import type { JobSnapshot } from "@/lib/jobs/schema";
import { correctedDocument } from "@/lib/review/corrections";
import { fieldPaths } from "@/lib/review/field-paths";

/**
 * What a download holds: every job's fields with the value to use (corrected where the user
 * corrected it) beside the value as read, so nothing the user changed hides the original.
 */

export interface ExportedValue {
  value: string | number | null;
  original: string | number | null;
  corrected: boolean;
  confidence: number;
  seenInImage: boolean;
}

export interface ExportedJob {
  id: string;
  fileName: string;
  createdAt: string;
  acceptedAt: string | null;
  extractor: string;
  model: string | null;
  kind: ExtractedDocument["kind"];
  /** Every field by path (`total`, `rows.3.amount`, `fields.shop_phone`). */
  values: Record<string, ExportedValue>;
  checks: Check[];
}

/** Jobs without a result (failed, still running) are left out of exports. */
export function exportableJobs(snapshots: JobSnapshot[]): JobSnapshot[] {
  return snapshots.filter((snapshot) => snapshot.result !== null);
}

export function exportJob(snapshot: JobSnapshot): ExportedJob {
  const result = snapshot.result;
  if (!result) throw new Error(`job ${snapshot.id} has no result`);
  const values: Record<string, ExportedValue> = {};
  for (const [path, { field }] of fieldPaths(result.document)) {
    const correction = snapshot.corrections[path];
    values[path] = {
      value: correction ? correction.value : field.value,
      original: field.value,
      corrected: correction !== undefined,
      confidence: field.confidence,
      seenInImage: field.seen,
    };
  }
  return {
    id: snapshot.id,
    fileName: snapshot.fileName,
    createdAt: snapshot.createdAt,
    acceptedAt: snapshot.acceptedAt,
    extractor: result.extractor,
    model: result.model,
    kind: result.document.kind,
    values,
    checks: result.checks,
  };
}

/** The document with corrections applied, as the CSV rows are written from it. */
export function finalDocument(snapshot: JobSnapshot): ExtractedDocument | null {
  return snapshot.result ? correctedDocument(snapshot.result.document, snapshot.corrections) : null;
}
