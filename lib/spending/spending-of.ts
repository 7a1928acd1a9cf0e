import { toLedger } from "@/lib/export/ledger";
import type { JobSnapshot } from "@/lib/jobs/schema";
import type { SpendingPeriod } from "@/lib/spending/periods";
import type { SpendingSummary } from "@/lib/spending/schema";
import { summarizeSpending } from "@/lib/spending/summarize";

/**
 * How many of the newest jobs the chart reads. A household's screenshots run to hundreds a
 * year; past this the oldest stop counting (docs/spending.md), so one request stays bounded.
 */
export const SPENDING_JOB_LIMIT = 2000;

/** The chart over these jobs: their results as the exports have them, corrections applied. */
export function spendingOf(snapshots: JobSnapshot[], period: SpendingPeriod): SpendingSummary {
  const withResult = snapshots.filter((snapshot) => snapshot.result !== null);
  const ledger = toLedger(withResult);
  return { ...summarizeSpending(ledger.entries, { period }), jobs: withResult.length, skipped: ledger.skipped };
}
