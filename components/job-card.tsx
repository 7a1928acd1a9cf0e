"use client";

import { useMemo, useState } from "react";
import { ConnectionNotice } from "@/components/connection-notice";
import { ExtractionPreview } from "@/components/extraction-preview";
import { ImageIcon, TrashIcon } from "@/components/icons";
import { JobAnnouncer } from "@/components/job-announcer";
import { JobError } from "@/components/job-error";
import { OcrTextPanel } from "@/components/ocr-text-panel";
import { ResultPanel } from "@/components/result-panel";
import { ResumedNotice } from "@/components/resumed-notice";
import { ScreenshotView } from "@/components/screenshot-view";
import { StatusBadge } from "@/components/status-badge";
import { StepTimeline } from "@/components/step-timeline";
import { announceJob } from "@/lib/client/announce";
import { fieldBoxes } from "@/lib/client/field-boxes";
import { formatBytes } from "@/lib/client/format";
import { extractionParts, isFinished } from "@/lib/client/job-view";
import { useJobStream } from "@/lib/client/use-job-stream";
import type { ExtractorName } from "@/lib/extract/schema";
import type { CreatedJob, JobSnapshot } from "@/lib/jobs/schema";

/** Which extractor reads the job: `Read by gpt-4o-mini`, `Read by local rules`; null until known. */
function extractorLabel(extractor: ExtractorName | null, llmModel: string | null): string | null {
  if (extractor === "local") return "Read by local rules";
  if (extractor === "llm") return `Read by ${llmModel ?? "the language model"}`;
  return null;
}

/**
 * One screenshot and everything that happens to it: the image (with the fields marked once
 * done), the live step timeline, the OCR text as it arrives, the model's answer as it
 * streams, then the extracted data.
 */
export function JobCard({
  job,
  priority,
  onRemove,
  llmModel = null,
}: {
  job: CreatedJob | JobSnapshot;
  /** Stream order when many jobs run at once: lower is followed first. */
  priority: number;
  /** Deletes the job; rejects with a human message. */
  onRemove: (id: string) => Promise<void>;
  /** The server's language model, to say which one read the job. */
  llmModel?: string | null;
}) {
  const { view, connection } = useJobStream(job, { priority });
  const [highlight, setHighlight] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);

  const boxes = useMemo(() => (view.result ? fieldBoxes(view.result) : []), [view.result]);
  const finished = isFinished(view);
  const ocrStep = view.steps.find((step) => step.name === "ocr");
  const failedStep = view.steps.find((step) => step.status === "failed")?.name ?? null;
  const hasOcrText = Object.keys(view.ocrRegions).length > 0;
  const showOcr = hasOcrText || ocrStep?.status === "running";
  const headingId = `job-${view.id}-title`;
  const extractor = view.result?.extractor ?? view.extractor;
  const readBy = extractorLabel(extractor, view.result?.model ?? llmModel);
  // The model's answer so far, until the final result replaces it.
  const showPartial = view.partialExtraction !== null && !view.result && !finished;

  const remove = async () => {
    setRemoving(true);
    setRemoveError(null);
    try {
      await onRemove(view.id);
    } catch (error) {
      setRemoveError(error instanceof Error ? error.message : "Could not remove this job.");
      setRemoving(false);
    }
  };

  const meta = [
    view.width !== null && view.height !== null ? `${view.width}×${view.height}` : null,
    view.byteSize !== null ? formatBytes(view.byteSize) : null,
    view.createdAt
      ? new Date(view.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
      : null,
  ].filter(Boolean);

  return (
    <article
      data-testid="job-card"
      data-status={view.status}
      data-job-id={view.id}
      aria-labelledby={headingId}
      className="overflow-hidden rounded-2xl border border-slate-200/80 bg-white shadow-sm shadow-slate-900/5 dark:border-slate-800 dark:bg-slate-900 dark:shadow-black/20"
    >
      <header className="flex items-center gap-3 border-b border-slate-100 px-4 py-3 sm:px-5 dark:border-slate-800">
        <span className="grid size-9 shrink-0 place-items-center rounded-xl bg-indigo-50 text-indigo-600 dark:bg-indigo-500/15 dark:text-indigo-300">
          <ImageIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h2
            id={headingId}
            className="truncate text-sm font-semibold text-slate-900 dark:text-slate-50"
            title={view.fileName}
          >
            {view.fileName}
          </h2>
          {(meta.length > 0 || readBy) && (
            <p className="flex flex-wrap gap-x-1.5 text-xs text-slate-500 dark:text-slate-400">
              {meta.length > 0 && <span className="truncate">{meta.join(" · ")}</span>}
              {meta.length > 0 && readBy && <span aria-hidden="true">·</span>}
              {readBy && (
                <span
                  data-testid="extractor-label"
                  data-extractor={extractor ?? undefined}
                  className={`font-medium whitespace-nowrap ${
                    extractor === "llm" ? "text-violet-700 dark:text-violet-300" : "text-slate-600 dark:text-slate-300"
                  }`}
                >
                  {readBy}
                </span>
              )}
            </p>
          )}
        </div>
        <StatusBadge status={view.status} />
        {finished && (
          <button
            type="button"
            onClick={remove}
            disabled={removing}
            aria-label={`Remove ${view.fileName}`}
            title="Remove"
            className="grid size-8 shrink-0 place-items-center rounded-lg text-slate-400 transition-colors hover:bg-slate-100 hover:text-rose-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:text-slate-500 dark:hover:bg-slate-800 dark:hover:text-rose-400"
          >
            <TrashIcon className="size-4" />
          </button>
        )}
      </header>

      <div className="grid gap-5 p-4 sm:p-5 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] lg:grid-cols-[minmax(0,19rem)_minmax(0,1fr)] lg:gap-6">
        <ScreenshotView
          src={view.links.image}
          alt={`Screenshot: ${view.fileName}`}
          width={view.width}
          height={view.height}
          boxes={boxes}
          highlight={highlight}
        />

        <div className="min-w-0 space-y-5">
          {removeError && (
            <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
              {removeError}
            </p>
          )}
          {connection === "reconnecting" && !finished && <ConnectionNotice />}
          {view.resumedReason && !finished && <ResumedNotice reason={view.resumedReason} attempt={view.attempt} />}
          {(view.status === "failed" || view.error) && <JobError error={view.error} step={failedStep} />}

          {view.result && <ResultPanel result={view.result} highlight={highlight} onHighlight={setHighlight} />}

          <StepTimeline steps={view.steps} queue={view.queue} retries={view.retries} chunks={extractionParts(view)} />

          {showPartial && view.partialExtraction && <ExtractionPreview partial={view.partialExtraction} />}
          {showOcr && (
            <OcrTextPanel
              regions={view.ocrRegions}
              count={view.ocrRegionCount}
              reading={ocrStep?.status === "running"}
              done={view.status === "succeeded"}
            />
          )}
        </div>
      </div>
      <JobAnnouncer message={announceJob(view)} />
    </article>
  );
}
