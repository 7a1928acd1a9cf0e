"use client";

import { useState } from "react";
import { BadgeCheckIcon, CopyIcon, DownloadIcon, SpinnerIcon } from "@/components/icons";
import { useToast } from "@/components/toast";
import { acceptJob, errorText, exportUrl } from "@/lib/client/api";
import { plainDocument } from "@/lib/client/review";
import type { ExtractedDocument } from "@/lib/extract/schema";
import { useI18n } from "@/lib/i18n/provider";
import type { JobSnapshot } from "@/lib/jobs/schema";

const quietButton =
  "inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-200 transition-colors hover:bg-slate-50 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800 dark:hover:text-white";

/** Writes text to the clipboard, with the old way for browsers that refuse the new one. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No permission or not a secure context: fall back to a selected textarea.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

/**
 * What to do with a result once read: accept it (then an "Accepted" badge), copy it as JSON
 * (corrected values), or download it as JSON or CSV.
 */
export function ReviewBar({
  jobId,
  fileName,
  document,
  acceptedAt,
  corrections,
  onReview,
}: {
  jobId: string;
  fileName: string;
  /** The document with the corrections in place. */
  document: ExtractedDocument;
  acceptedAt: string | null;
  /** How many values were corrected. */
  corrections: number;
  onReview: (snapshot: JobSnapshot) => void;
}) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const toast = useToast();
  const [accepting, setAccepting] = useState(false);

  const accept = async () => {
    setAccepting(true);
    try {
      onReview(await acceptJob(jobId));
    } catch (error) {
      toast(errorText(error, i18n) ?? t("review.acceptFailed"), "error");
    } finally {
      setAccepting(false);
    }
  };

  const copy = async () => {
    try {
      await copyText(JSON.stringify(plainDocument(document), null, 2));
      toast(t("review.copied"));
    } catch {
      toast(t("review.copyFailed"), "error");
    }
  };

  return (
    <div role="toolbar" aria-label={t("review.toolbar")} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      {acceptedAt ? (
        <span
          data-testid="accepted-badge"
          title={t("review.acceptedAt", { time: i18n.dateTime(acceptedAt) })}
          className="inline-flex items-center gap-1.5 rounded-lg bg-emerald-50 px-2.5 py-1.5 text-sm font-semibold text-emerald-800 ring-1 ring-inset ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-400/30"
        >
          <BadgeCheckIcon className="size-4" />
          {t("review.accepted")}
        </span>
      ) : (
        <button
          type="button"
          data-testid="accept-button"
          onClick={() => void accept()}
          disabled={accepting}
          title={t("review.acceptTitle")}
          className="inline-flex items-center gap-1.5 rounded-lg bg-emerald-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm shadow-emerald-600/25 transition-colors hover:bg-emerald-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-500 active:bg-emerald-700 disabled:opacity-60 dark:bg-emerald-500 dark:hover:bg-emerald-400"
        >
          {accepting ? <SpinnerIcon className="size-4" /> : <BadgeCheckIcon className="size-4" />}
          {t("review.accept")}
        </button>
      )}
      {corrections > 0 && (
        <span data-testid="corrections-count" className="text-xs font-medium text-indigo-700 dark:text-indigo-300">
          {tn("review.corrections", corrections)}
        </span>
      )}
      <span className="flex flex-wrap items-center gap-1.5 sm:ml-auto">
        <button
          type="button"
          data-testid="copy-button"
          onClick={() => void copy()}
          title={t("review.copyTitle")}
          className={quietButton}
        >
          <CopyIcon className="size-4" />
          {t("review.copy")}
        </button>
        <a
          data-testid="download-json"
          href={exportUrl(jobId, "json")}
          download
          title={t("review.downloadJsonTitle")}
          aria-label={`${t("review.downloadJsonTitle")}: ${fileName}`}
          className={quietButton}
        >
          <DownloadIcon className="size-4" />
          {t("review.downloadJson")}
        </a>
        <a
          data-testid="download-csv"
          href={exportUrl(jobId, "csv")}
          download
          title={t("review.downloadCsvTitle")}
          aria-label={`${t("review.downloadCsvTitle")}: ${fileName}`}
          className={quietButton}
        >
          <DownloadIcon className="size-4" />
          {t("review.downloadCsv")}
        </a>
      </span>
    </div>
  );
}
