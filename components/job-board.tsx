"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { AlertIcon } from "@/components/icons";
import { JobCard } from "@/components/job-card";
import { JobCardSkeleton } from "@/components/job-card-skeleton";
import { UploadZone } from "@/components/upload-zone";
import { deleteJob, listJobs, uploadScreenshots } from "@/lib/client/api";
import { extractionChoice } from "@/lib/client/upload-options";
import { usePasteFiles } from "@/lib/client/use-paste-files";
import { useUploadOptions } from "@/lib/client/use-upload-options";
import type { CreatedJob, JobSnapshot } from "@/lib/jobs/schema";

interface Entry {
  job: CreatedJob | JobSnapshot;
  /** Stream order: the server runs older jobs first, so they are followed first. */
  priority: number;
}

/** How many recent jobs the page shows after a reload. */
const RECENT_JOBS = 20;

/**
 * The workspace: the upload zone and one card per job, newest first. On load it fetches the
 * recent jobs, so after a reload every job reappears and unfinished ones carry on streaming.
 */
export function JobBoard() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [loading, setLoading] = useState(true);
  const [listError, setListError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const nextPriority = useRef(1);
  const { config, options, setOptions } = useUploadOptions();
  const load = useCallback((signal?: AbortSignal) => {
    setLoading(true);
    setListError(null);
    listJobs(RECENT_JOBS, signal)
      .then((jobs) => {
        setEntries((current) => {
          const known = new Set(current.map((entry) => entry.job.id));
          // The list is newest first: older jobs get lower (earlier) priorities.
          const loaded = jobs.filter((job) => !known.has(job.id)).map((job, index) => ({ job, priority: -index }));
          return [...current, ...loaded];
        });
      })
      .catch((error: unknown) => {
        if (signal?.aborted) return;
        setListError(error instanceof Error ? error.message : "Could not load your recent jobs.");
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

  /** Uploads with the options chosen now (the picker, a drop and a paste alike). */
  const upload = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setUploadError(null);
      setUploading((count) => count + files.length);
      try {
        const created = await uploadScreenshots(files, extractionChoice(options, config));
        const added = created.map((job) => ({ job, priority: nextPriority.current++ }));
        // The answer lists the jobs in upload order; the page shows the newest first.
        setEntries((current) => [
          ...added.reverse(),
          ...current.filter((entry) => !created.some((job) => job.id === entry.job.id)),
        ]);
      } catch (error) {
        setUploadError(error instanceof Error ? error.message : "The upload failed. Please try again.");
      } finally {
        setUploading((count) => count - files.length);
      }
    },
    [options, config],
  );

  usePasteFiles((files) => void upload(files));

  const remove = useCallback(async (id: string) => {
    await deleteJob(id);
    setEntries((current) => current.filter((entry) => entry.job.id !== id));
  }, []);

  return (
    <div className="space-y-8">
      <UploadZone
        onFiles={(files) => void upload(files)}
        uploading={uploading}
        error={uploadError}
        onDismissError={() => setUploadError(null)}
        config={config}
        options={options}
        onOptionsChange={setOptions}
      />

      <section aria-labelledby="jobs-heading" aria-busy={loading} className="space-y-4">
        <div className="flex items-baseline justify-between">
          <h2 id="jobs-heading" className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50">
            Screenshots
          </h2>
          {entries.length > 0 && (
            <span className="text-sm text-slate-500 tabular-nums dark:text-slate-400">{entries.length}</span>
          )}
        </div>

        {listError && (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
          >
            <AlertIcon className="size-5 shrink-0 text-rose-600 dark:text-rose-400" />
            <p className="flex-1">{listError}</p>
            <button
              type="button"
              onClick={() => load()}
              className="rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-rose-800 ring-1 ring-inset ring-rose-200 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-500 dark:bg-transparent dark:text-rose-200 dark:ring-rose-400/30 dark:hover:bg-rose-500/20"
            >
              Try again
            </button>
          </div>
        )}

        {entries.length > 0 ? (
          <ul className="space-y-5">
            {entries.map((entry) => (
              <li key={entry.job.id}>
                <JobCard
                  job={entry.job}
                  priority={entry.priority}
                  onRemove={remove}
                  llmModel={config?.extractors.llm.model ?? null}
                />
              </li>
            ))}
          </ul>
        ) : loading ? (
          <JobCardSkeleton />
        ) : (
          !listError && <EmptyState />
        )}
      </section>
    </div>
  );
}
