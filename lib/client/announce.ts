import { formatMoney, queueMessage, retryTitle, stepActivities } from "@/lib/client/format";
import { type JobView, pendingRetries } from "@/lib/client/job-view";
import type { JobResult } from "@/lib/extract/schema";

/**
 * One line describing a finished result: `receipt from Blue Bottle Coffee, $12.45`,
 * `list of 12 transactions`, `3 custom fields, 2 found`.
 */
export function describeResult(result: JobResult): string {
  const { document } = result;
  if (document.kind === "transaction_list") {
    const count = document.rows.length;
    return `list of ${count} transaction${count === 1 ? "" : "s"}`;
  }
  if (document.kind === "custom") {
    const count = document.fields.length;
    const found = document.fields.filter((custom) => custom.field.value !== null).length;
    return `${count} custom field${count === 1 ? "" : "s"}, ${found === count ? "all" : found} found`;
  }
  const merchant = document.merchant.value;
  const total = document.total.value;
  let text = merchant ? `receipt from ${merchant}` : "receipt";
  if (total !== null) text += `, ${formatMoney(total, document.currency.value)}`;
  return text;
}

/**
 * What a screen reader should hear about a job right now. Progress is rounded down to tens,
 * so a polite live region bound to this text speaks at most every 10%:
 * `Reading text: 40%`, `Waiting — 2nd in line`, `Done: receipt from Blue Bottle Coffee, $12.45`,
 * `Extracting fields: rate limited, retrying (attempt 2 of 4)`.
 */
export function announceJob(view: JobView): string {
  if (view.status === "succeeded") return view.result ? `Done: ${describeResult(view.result)}` : "Done";
  if (view.status === "failed") return `Failed: ${view.error?.message ?? "the job could not be completed."}`;
  if (view.queue) return queueMessage(view.queue.position);
  const running = view.steps.find((step) => step.status === "running");
  if (!running) return view.status === "queued" ? "Queued" : "Working";
  const activity = stepActivities[running.name];
  const retry = running.name === "extract" ? pendingRetries(view).at(-1) : undefined;
  if (retry) {
    return `${activity}: ${retryTitle(retry).toLowerCase()}, retrying (attempt ${retry.attempt} of ${retry.maxAttempts})`;
  }
  if (!running.hasProgress) return activity;
  return `${activity}: ${Math.floor(running.progress * 10) * 10}%`;
}
