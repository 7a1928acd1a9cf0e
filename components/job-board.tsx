"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { ExportBar } from "@/components/export-bar";
import { AlertIcon } from "@/components/icons";
import { JobCard } from "@/components/job-card";
import { JobCardSkeleton } from "@/components/job-card-skeleton";
import { RateLimitNotice } from "@/components/rate-limit-notice";
import { ShareNotice } from "@/components/share-notice";
import { UploadZone } from "@/components/upload-zone";
import { deleteJob, errorText, getJob, listJobs, uploadScreenshots } from "@/lib/client/api";
import type { RateLimitWait } from "@/lib/client/rate-limit-retry";
import { extractionChoice } from "@/lib/client/upload-options";
import { usePasteFiles } from "@/lib/client/use-paste-files";
import { useSharedFilesOnArrival } from "@/lib/client/use-shared-files-on-arrival";
import { useUploadOptions } from "@/lib/client/use-upload-options";
import { useI18n } from "@/lib/i18n/provider";
import type { CreatedJob, JobSnapshot } from "@/lib/jobs/schema";

interface Entry {
  job: CreatedJob | JobSnapshot;
}

/** A failure to show, put in words when shown (in the language of the moment). */
type Failure = { error: unknown };

/** How many recent jobs the page shows after a reload. */
const RECENT_JOBS = 20;
/** How long a job opened from the history stays outlined. */
const FOCUS_MS = 4000;

/** Scrolls a job's card into view, waiting a few frames for it to be rendered. */
function scrollToCard(id: string, framesLeft = 30): void {
  const card = document.querySelector(`[data-testid="job-card"][data-job-id="${CSS.escape(id)}"]`);
  if (!card) {
    if (framesLeft > 0) requestAnimationFrame(() => scrollToCard(id, framesLeft - 1));
    return;
  }
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  card.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "start" });
}

/**
 * The workspace: the upload zone and one card per job, newest first. On load it fetches the
 * recent jobs, so after a reload every job reappears and unfinished ones carry on streaming.
 * Finished jobs can be selected and exported together. `focusJobId` (from `/?job=<id>`)
 * brings that job into view, fetching it when it is older than the recent ones.
 */
export function JobBoard({ focusJobId = null }: { focusJobId?: string | null }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const [entries, setEntries] = useState<Entry[]>([]);
  const [loading, setLoading] = useState(true);
  const [listError, setListError] = useState<Failure | null>(null);
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<Failure | null>(null);
  const [rateLimitWait, setRateLimitWait] = useState<RateLimitWait | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [focused, setFocused] = useState<string | null>(null);
  const [focusMissing, setFocusMissing] = useState(false);
  const focusHandled = useRef<string | null>(null);
  const focusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { config, options, setOptions } = useUploadOptions();
  const load = useCallback((signal?: AbortSignal) => {
    setLoading(true);
    setListError(null);
    listJobs(RECENT_JOBS, signal)
      .then((jobs) => {
        setEntries((current) => {
          const known = new Set(current.map((entry) => entry.job.id));
          const loaded = jobs.filter((job) => !known.has(job.id)).map((job) => ({ job }));
          return [...current, ...loaded];
        });
      })
      .catch((error: unknown) => {
        if (signal?.aborted) return;
        setListError({ error });
      })
      .finally(() => {
        if (!signal?.aborted) setLoading(false);
      });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  // A job opened from the history: scroll to it once the list is there, fetching it if older.
  useEffect(() => {
    if (!focusJobId || loading || focusHandled.current === focusJobId) return;
    focusHandled.current = focusJobId;
    const id = focusJobId;
    const reveal = () => {
      setFocused(id);
      requestAnimationFrame(() => scrollToCard(id));
      clearTimeout(focusTimer.current);
      focusTimer.current = setTimeout(() => setFocused((current) => (current === id ? null : current)), FOCUS_MS);
    };
    if (entries.some((entry) => entry.job.id === id)) {
      reveal();
    } else {
      getJob(id)
        .then((job) => {
          setEntries((current) => (current.some((entry) => entry.job.id === id) ? current : [{ job }, ...current]));
          reveal();
        })
        .catch(() => setFocusMissing(true));
    }
  }, [focusJobId, loading, entries]);

  useEffect(() => () => clearTimeout(focusTimer.current), []);

  /** Uploads with the options chosen now (the picker, a drop, a paste and a share alike); true once accepted. */
  const upload = useCallback(
    async (files: File[]): Promise<boolean> => {
      if (files.length === 0) return false;
      setUploadError(null);
      setUploading((count) => count + files.length);
      try {
        const created = await uploadScreenshots(files, {
          ...extractionChoice(options, config),
          onRateLimitWait: setRateLimitWait,
        });
        const added = created.map((job) => ({ job }));
        // The answer lists the jobs in upload order; the page shows the newest first.
        setEntries((current) => [
          ...added.reverse(),
          ...current.filter((entry) => !created.some((job) => job.id === entry.job.id)),
        ]);
        return true;
      } catch (error) {
        setUploadError({ error });
        return false;
      } finally {
        setRateLimitWait(null);
        setUploading((count) => count - files.length);
      }
    },
    [options, config],
  );

  usePasteFiles((files) => void upload(files));
  const [shareNotice, dismissShareNotice] = useSharedFilesOnArrival(upload, !loading);

  const remove = useCallback(async (id: string) => {
    await deleteJob(id);
    setEntries((current) => current.filter((entry) => entry.job.id !== id));
    setSelected((current) => current.filter((selectedId) => selectedId !== id));
  }, []);

  const select = useCallback((id: string, on: boolean) => {
    setSelected((current) =>
      on ? (current.includes(id) ? current : [...current, id]) : current.filter((x) => x !== id),
    );
  }, []);

  // The export follows the page's order (newest first), whatever the order of the clicks.
  const selectedInOrder = entries.map((entry) => entry.job.id).filter((id) => selected.includes(id));

  return (
    <div className="space-y-8">
      <UploadZone
        onFiles={(files) => void upload(files)}
        uploading={uploading}
        error={uploadError ? (errorText(uploadError.error, i18n) ?? t("upload.failed")) : null}
        onDismissError={() => setUploadError(null)}
        config={config}
        options={options}
        onOptionsChange={setOptions}
      />
      {rateLimitWait && <RateLimitNotice key={rateLimitWait.until} wait={rateLimitWait} />}
      {shareNotice && <ShareNotice kind={shareNotice} onDismiss={dismissShareNotice} />}

      <section aria-labelledby="jobs-heading" aria-busy={loading} className="space-y-4">
        <div className="flex items-baseline justify-between">
          <h2 id="jobs-heading" className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50">
            {t("board.heading")}
          </h2>
          {entries.length > 0 && (
            <span className="text-sm text-slate-500 tabular-nums dark:text-slate-400">
              {tn("history.count", entries.length)}
            </span>
          )}
        </div>

        {focusMissing && (
          <p
            role="status"
            className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/25"
          >
            {t("board.jobMissing")}
          </p>
        )}

        {listError && (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
          >
            <AlertIcon className="size-5 shrink-0 text-rose-600 dark:text-rose-400" />
            <p className="flex-1">{errorText(listError.error, i18n) ?? t("board.loadFailed")}</p>
            <button
              type="button"
              onClick={() => load()}
              className="rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-rose-800 ring-1 ring-inset ring-rose-200 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-500 dark:bg-transparent dark:text-rose-200 dark:ring-rose-400/30 dark:hover:bg-rose-500/20"
            >
              {t("board.retry")}
            </button>
          </div>
        )}

        {entries.length > 0 ? (
          <ul className="space-y-5">
            {entries.map((entry) => (
              <li key={entry.job.id}>
                <JobCard
                  job={entry.job}
                  onRemove={remove}
                  llmModel={config?.extractors.llm.model ?? null}
                  selected={selected.includes(entry.job.id)}
                  onSelect={select}
                  focused={focused === entry.job.id}
                />
              </li>
            ))}
          </ul>
        ) : loading ? (
          <JobCardSkeleton />
        ) : (
          !listError && <EmptyState />
        )}

        <ExportBar ids={selectedInOrder} onClear={() => setSelected([])} />
      </section>
    </div>
  );
}
