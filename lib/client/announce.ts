import { formatMoney, queueMessage, retryTitle, stepActivity } from "@/lib/client/format";
import { type JobView, pendingRetries } from "@/lib/client/job-view";
import type { ExtractedDocument } from "@/lib/extract/schema";
import { type Translator, translator } from "@/lib/i18n";

const english = translator("en");

/**
 * One line describing a finished result's document (pass the corrected one to describe what
 * the person sees): `receipt from Blue Bottle Coffee, $12.45`, `list of 12 transactions`,
 * `3 custom fields, 2 found`; in Japanese `ファミリーマートでの支払い・¥1,280`.
 */
export function describeResult(result: { document: ExtractedDocument }, tr: Translator = english): string {
  const { document } = result;
  if (document.kind === "transaction_list") return tr.tn("summary.list", document.rows.length);
  if (document.kind === "custom") {
    const count = document.fields.length;
    const found = document.fields.filter((custom) => custom.field.value !== null).length;
    return found === count ? tr.tn("summary.customAll", count) : tr.tn("summary.custom", count, { found });
  }
  const merchant = document.merchant.value;
  const total = document.total.value;
  const text = merchant ? tr.t("summary.receiptFrom", { merchant }) : tr.t("summary.receipt");
  if (total === null) return text;
  return tr.t("summary.withTotal", { text, total: formatMoney(total, document.currency.value, tr) });
}

/**
 * What a screen reader should hear about a job right now. Progress is rounded down to tens,
 * so a polite live region bound to this text speaks at most every 10%:
 * `Reading text: 40%`, `Waiting — 2nd in line`, `Done: receipt from Blue Bottle Coffee, $12.45`,
 * `Extracting fields: rate limited, retrying (attempt 2 of 4)`.
 */
export function announceJob(view: JobView, tr: Translator = english): string {
  const { t } = tr;
  if (view.status === "succeeded") {
    return view.result ? t("announce.doneWith", { summary: describeResult(view.result, tr) }) : t("announce.done");
  }
  if (view.status === "failed") {
    return t("announce.failed", { message: view.error?.message ?? t("announce.failedFallback") });
  }
  if (view.queue) return queueMessage(view.queue.position, tr);
  const running = view.steps.find((step) => step.status === "running");
  if (!running) return view.status === "queued" ? t("announce.queued") : t("announce.working");
  const activity = stepActivity(running.name, tr);
  const retry = running.name === "extract" ? pendingRetries(view).at(-1) : undefined;
  if (retry) {
    const title = retryTitle(retry, tr);
    return t("announce.retrying", {
      activity,
      reason: tr.locale === "en" ? title.toLowerCase() : title,
      attempt: retry.attempt,
      max: retry.maxAttempts,
    });
  }
  if (!running.hasProgress) return activity;
  return t("announce.progress", { activity, percent: Math.floor(running.progress * 10) * 10 });
}
