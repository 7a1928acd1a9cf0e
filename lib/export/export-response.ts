import { z } from "zod";
import { exportJob } from "@/lib/export/export-jobs";
import { toCsv } from "@/lib/export/to-csv";
import type { JobSnapshot } from "@/lib/jobs/schema";

export const exportFormatSchema = z.object({ format: z.enum(["json", "csv"]).default("json") });

/** A download of the jobs' results (corrections applied, originals kept in JSON). */
export function exportResponse(snapshots: JobSnapshot[], format: "json" | "csv", baseName: string): Response {
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
  const body = JSON.stringify({ jobs: snapshots.map(exportJob) }, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": disposition("json"),
      "Cache-Control": "no-store",
    },
  });
}
