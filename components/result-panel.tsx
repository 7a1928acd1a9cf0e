"use client";

import { useCallback, useMemo } from "react";
import { ChecksList } from "@/components/checks-list";
import { CustomFields } from "@/components/custom-fields";
import type { HighlightProps } from "@/components/highlight-props";
import { ReceiptFields } from "@/components/receipt-fields";
import { ReviewBar } from "@/components/review-bar";
import { ReviewContext, type ReviewControls } from "@/components/review-context";
import { TransactionTable } from "@/components/transaction-table";
import { describeResult } from "@/lib/client/announce";
import { correctField, revertField } from "@/lib/client/api";
import { type FieldValue, reviewOf } from "@/lib/client/review";
import type { JobResult } from "@/lib/extract/schema";
import { useI18n } from "@/lib/i18n/provider";
import type { JobSnapshot } from "@/lib/jobs/schema";
import type { Corrections } from "@/lib/review/schema";

/**
 * A finished job's result: a one-line summary, what to do with it (accept, copy, download),
 * the fields or rows (or a caller's own fields) — every value correctable in place — and the
 * checks. Which extractor read it is said in the card's header.
 */
export function ResultPanel({
  jobId,
  fileName,
  result,
  corrections,
  acceptedAt,
  onReview,
  highlight,
  onHighlight,
}: {
  jobId: string;
  fileName: string;
  result: JobResult;
  corrections: Corrections;
  acceptedAt: string | null;
  /** Takes the job as the server answered a correction, a revert or an accept. */
  onReview: (snapshot: JobSnapshot) => void;
} & HighlightProps) {
  const i18n = useI18n();
  const review = useMemo(() => reviewOf(result.document, corrections), [result.document, corrections]);
  const correct = useCallback(
    async (path: string, value: FieldValue) => onReview(await correctField(jobId, path, value)),
    [jobId, onReview],
  );
  const revert = useCallback(async (path: string) => onReview(await revertField(jobId, path)), [jobId, onReview]);
  const controls = useMemo<ReviewControls>(
    () => ({ review, editable: true, correct, revert }),
    [review, correct, revert],
  );

  const { document } = review;
  const { checks } = result;
  const shared = { checks, highlight, onHighlight };
  return (
    <ReviewContext.Provider value={controls}>
      <section aria-label={i18n.t("result.label")} data-testid="result-panel" className="space-y-3">
        <h3 className="text-base font-semibold text-slate-900 first-letter:uppercase dark:text-slate-50">
          {describeResult({ document }, i18n)}
        </h3>
        <ReviewBar
          jobId={jobId}
          fileName={fileName}
          document={document}
          acceptedAt={acceptedAt}
          corrections={review.count}
          onReview={onReview}
        />
        <div
          className={`rounded-xl border py-1 transition-colors ${
            acceptedAt ? "border-emerald-200 dark:border-emerald-500/30" : "border-slate-200 dark:border-slate-800"
          }`}
        >
          {document.kind === "receipt" && <ReceiptFields receipt={document} {...shared} />}
          {document.kind === "transaction_list" && <TransactionTable list={document} {...shared} />}
          {document.kind === "custom" && <CustomFields document={document} {...shared} />}
        </div>
        <p className="px-1 text-xs text-slate-500 dark:text-slate-400">{i18n.t("review.editHint")}</p>
        <ChecksList checks={checks} />
      </section>
    </ReviewContext.Provider>
  );
}
