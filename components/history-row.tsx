"use client";

import Link from "next/link";
import { useState } from "react";
import { DuplicateNotice } from "@/components/duplicate-notice";
import { BadgeCheckIcon, ImageIcon, PencilIcon, TrashIcon } from "@/components/icons";
import { StatusBadge } from "@/components/status-badge";
import { historyLine, jobHref } from "@/lib/client/history";
import { useI18n } from "@/lib/i18n/provider";
import type { JobSnapshot } from "@/lib/jobs/schema";

const chip = "inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap";

/** A thumbnail of the screenshot, or a picture icon when it cannot be shown. */
function Thumbnail({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <span className="relative grid size-14 shrink-0 place-items-center overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200 ring-inset sm:size-16 dark:bg-slate-800 dark:ring-slate-700">
      {failed ? (
        <ImageIcon className="size-6 text-slate-400" />
      ) : (
        // biome-ignore lint/performance/noImgElement: a small WebP served by the API, no optimisation wanted
        <img
          src={src}
          alt=""
          loading="lazy"
          decoding="async"
          onError={() => setFailed(true)}
          className="size-full object-cover object-top"
        />
      )}
    </span>
  );
}

/**
 * One past job: its thumbnail, what it was (the merchant and total, or how many transactions),
 * the date on the document, the file, its status and how long ago. The whole row opens the
 * job on the main page; the bin asks before deleting it.
 */
export function HistoryRow({
  job,
  now,
  onDelete,
}: {
  job: JobSnapshot;
  now: number;
  onDelete: (job: JobSnapshot) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const line = historyLine(job, i18n);
  const running = job.status === "queued" || job.status === "running";
  const corrected = Object.keys(job.corrections).length > 0;
  const [duplicateOf, setDuplicateOf] = useState(job.duplicateOf ?? null);
  const [merged, setMerged] = useState(false);
  if (merged) return null;
  return (
    <li
      data-testid="history-row"
      data-job-id={job.id}
      data-status={job.status}
      className="group relative flex items-center gap-3 rounded-2xl border border-slate-200/80 bg-white p-3 shadow-sm shadow-slate-900/5 transition-[border-color,box-shadow] focus-within:border-indigo-300 hover:border-indigo-200 hover:shadow-md sm:gap-4 sm:px-4 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500/40 dark:focus-within:border-indigo-500/50"
    >
      <Thumbnail src={job.links.thumbnail} />
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-baseline justify-between gap-3">
          <Link
            href={jobHref(job.id)}
            aria-label={t("history.open", { name: line.titleIsFile ? line.title : `${line.title} (${job.fileName})` })}
            className="min-w-0 truncate text-sm font-semibold text-slate-900 outline-none after:absolute after:inset-0 after:rounded-2xl focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-indigo-500 sm:text-base dark:text-slate-50"
          >
            {line.title}
          </Link>
          {line.amount && (
            <span
              data-testid="history-amount"
              className="shrink-0 text-sm font-semibold text-slate-900 tabular-nums sm:text-base dark:text-slate-50"
            >
              {line.amount}
            </span>
          )}
        </div>
        {(line.date || !line.titleIsFile) && (
          <p className="mt-0.5 truncate text-xs text-slate-500 sm:text-sm dark:text-slate-400">
            {line.date && <span data-testid="history-date">{line.date}</span>}
            {line.date && !line.titleIsFile && <span aria-hidden="true"> · </span>}
            {!line.titleIsFile && <span>{job.fileName}</span>}
          </p>
        )}
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
          {line.kind && (
            <span className={`${chip} bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300`}>
              {line.kind}
            </span>
          )}
          <StatusBadge status={job.status} />
          {job.acceptedAt && (
            <span
              className={`${chip} bg-emerald-50 text-emerald-800 ring-1 ring-inset ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-400/30`}
            >
              <BadgeCheckIcon className="size-3" />
              {t("history.accepted")}
            </span>
          )}
          {corrected && (
            <span className={`${chip} bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-200`}>
              <PencilIcon className="size-3" />
              {t("history.corrected")}
            </span>
          )}
          <time
            dateTime={job.createdAt}
            title={i18n.dateTime(job.createdAt)}
            className="ml-auto text-xs whitespace-nowrap text-slate-500 dark:text-slate-400"
          >
            {i18n.timeAgo(job.createdAt, now)}
          </time>
        </div>
        {duplicateOf && (
          <div className="mt-2">
            <DuplicateNotice
              jobId={job.id}
              fileName={job.fileName}
              duplicateOf={duplicateOf}
              finished={!running}
              onDismissed={() => setDuplicateOf(null)}
              onMerged={() => setMerged(true)}
              requestDelete={() => onDelete(job)}
            />
          </div>
        )}
      </div>
      <button
        type="button"
        data-testid="history-delete"
        onClick={() => onDelete(job)}
        disabled={running}
        aria-label={t("history.deleteNamed", { name: job.fileName })}
        title={running ? t("history.deleteRunning") : t("history.delete")}
        className="relative z-10 grid size-9 shrink-0 place-items-center self-center rounded-lg text-slate-400 transition-colors hover:bg-rose-50 hover:text-rose-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent disabled:hover:text-slate-400 dark:text-slate-500 dark:hover:bg-rose-500/10 dark:hover:text-rose-400"
      >
        <TrashIcon className="size-4" />
      </button>
    </li>
  );
}
