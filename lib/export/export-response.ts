import { z } from "zod";
import { exportJob } from "@/lib/export/export-jobs";
import { toLedger } from "@/lib/export/ledger";
import { toCsv } from "@/lib/export/to-csv";
import { toOfx } from "@/lib/export/to-ofx";
import { toQif } from "@/lib/export/to-qif";
import type { JobSnapshot } from "@/lib/jobs/schema";

export const exportFormatSchema = z.object({ format: z.enum(["json", "csv", "ofx", "qif"]).default("json") });
export type ExportFormat = z.infer<typeof exportFormatSchema>["format"];

/** The budgeting formats: their body and media type (`docs/exports.md`). */
const BUDGET_FORMATS = {
  ofx: { type: "application/x-ofx", write: (snapshots: JobSnapshot[]) => toOfx(toLedger(snapshots).entries) },
  qif: { type: "application/qif", write: (snapshots: JobSnapshot[]) => toQif(toLedger(snapshots).entries) },
} as const;

/** A download of the jobs' results (corrections applied, originals kept in JSON). */
export function exportResponse(snapshots: JobSnapshot[], format: ExportFormat, baseName: string): Response {
  const stamp = new Date().toISOString().slice(0, 10);
  const disposition = (ext: string) => `attachment; filename="${baseName}-${stamp}.${ext}"`;
  if (format === "csv") {
    return new Response(toCsv(snapshots), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": disposition("csv"),
        "Cache-Control": "no-store",
      },
    });
  }
  if (format === "ofx" || format === "qif") {
    const { type, write } = BUDGET_FORMATS[format];
    return new Response(write(snapshots), {
      headers: {
        "Content-Type": `${type}; charset=utf-8`,
        "Content-Disposition": disposition(format),
        "Cache-Control": "no-store",
      },
    });
  }
  const body = JSON.stringify({ jobs: snapshots.map(exportJob) }, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": disposition("json"),
      "Cache-Control": "no-store",
    },
  });
}
