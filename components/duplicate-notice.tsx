"use client";

import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { WarningIcon } from "@/components/icons";
import { errorText } from "@/lib/client/api";
import { useI18n } from "@/lib/i18n/provider";
import { currentDuplicateOf, dismissDuplicate, mergeDuplicate } from "@/lib/jobs/duplicates-client";
import type { DuplicateOf } from "@/lib/jobs/duplicates-schema";
import type { JobStatus } from "@/lib/jobs/schema";

/**
 * The job's duplicate flag as the page keeps it: what the upload or snapshot said, asked again
 * when the job succeeds while shown (a receipt is compared with the user's others only then). A
 * job that had finished before the page opened came with its flag already.
 */
export function useDuplicateOf(jobId: string, initial: DuplicateOf | null | undefined, status: JobStatus) {
  const [duplicateOf, setDuplicateOf] = useState<DuplicateOf | null>(initial ?? null);
  const finishedBefore = useRef(status === "succeeded" || status === "failed");
  useEffect(() => {
    if (status !== "succeeded" || finishedBefore.current) return;
    const controller = new AbortController();
    currentDuplicateOf(jobId, controller.signal)
      .then((current) => setDuplicateOf(current ?? null))
      .catch(() => undefined);
    return () => controller.abort();
  }, [jobId, status]);
  return [duplicateOf, setDuplicateOf] as const;
}

const button =
  "relative z-10 rounded-lg px-2.5 py-1 text-xs font-semibold ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50";

/**
 * "Looks like a duplicate of <file> (same image | same transaction)" with the three ways out:
 * keep both, merge into the original, or delete this one. The delete asks first: with the
 * caller's own dialog (`requestDelete`, the history's) or with this notice's (`onDelete`).
 */
export function DuplicateNotice({
  jobId,
  fileName,
  duplicateOf,
  finished,
  onDismissed,
  onMerged,
  onDelete,
  requestDelete,
}: {
  jobId: string;
  fileName: string;
  duplicateOf: DuplicateOf;
  /** Merge and delete wait for the job to finish (a running job is kept). */
  finished: boolean;
  onDismissed: () => void;
  onMerged: () => void;
  onDelete?: () => Promise<void>;
  requestDelete?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(errorText(caught, i18n) ?? t("duplicate.failed"));
    } finally {
      setBusy(false);
    }
  };

  const message = t(duplicateOf.reason === "same_image" ? "duplicate.sameImage" : "duplicate.sameTransaction", {
    name: duplicateOf.fileName,
  });

  return (
    <div
      role="status"
      data-testid="duplicate-notice"
      data-reason={duplicateOf.reason}
      data-original={duplicateOf.jobId}
      className="rounded-xl bg-amber-50 px-3 py-2.5 text-sm text-amber-950 ring-1 ring-inset ring-amber-200 dark:bg-amber-500/10 dark:text-amber-100 dark:ring-amber-400/25"
    >
      <p className="flex items-start gap-2">
        <WarningIcon className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-300" />
        <span className="min-w-0 [overflow-wrap:anywhere]">{message}</span>
      </p>
      <div className="mt-2 flex flex-wrap gap-2 pl-6">
        <button
          type="button"
          data-testid="duplicate-keep"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await dismissDuplicate(jobId);
              onDismissed();
            })
          }
          className={`${button} bg-white text-slate-700 ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600`}
        >
          {t("duplicate.keepBoth")}
        </button>
        <button
          type="button"
          data-testid="duplicate-merge"
          disabled={busy || !finished}
          title={t("duplicate.mergeHint", { name: duplicateOf.fileName })}
          onClick={() =>
            void act(async () => {
              await mergeDuplicate(jobId);
              onMerged();
            })
          }
          className={`${button} bg-white text-indigo-700 ring-indigo-300 hover:bg-indigo-50 dark:bg-slate-800 dark:text-indigo-200 dark:ring-indigo-500/40`}
        >
          {t("duplicate.merge")}
        </button>
        <button
          type="button"
          data-testid="duplicate-delete"
          disabled={busy || !finished}
          onClick={() => (requestDelete ? requestDelete() : setConfirming(true))}
          className={`${button} bg-white text-rose-700 ring-rose-300 hover:bg-rose-50 dark:bg-slate-800 dark:text-rose-300 dark:ring-rose-500/40`}
        >
          {t("duplicate.delete")}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 pl-6 text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
      {onDelete && (
        <ConfirmDialog
          open={confirming}
          title={t("duplicate.confirmTitle")}
          confirmLabel={t("duplicate.confirmDelete")}
          cancelLabel={t("duplicate.cancel")}
          busy={busy}
          error={confirming ? error : null}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void act(async () => {
              await onDelete();
              setConfirming(false);
            })
          }
        >
          {t("duplicate.confirmBody", { name: fileName, original: duplicateOf.fileName })}
        </ConfirmDialog>
      )}
    </div>
  );
}
