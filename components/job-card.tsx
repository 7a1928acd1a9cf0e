"use client";

import { useMemo, useState } from "react";
import { ConnectionNotice } from "@/components/connection-notice";
import { DuplicateNotice, useDuplicateOf } from "@/components/duplicate-notice";
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
import { StitchedList } from "@/components/stitched-list";
import { announceJob } from "@/lib/client/announce";
import { errorText } from "@/lib/client/api";
import { fieldBoxes } from "@/lib/client/field-boxes";
import { formatBytes } from "@/lib/client/format";
import { extractionParts, isFinished } from "@/lib/client/job-view";
import { useJobStream } from "@/lib/client/use-job-stream";
import type { ExtractorName } from "@/lib/extract/schema";
import type { Translator } from "@/lib/i18n";
import { useI18n } from "@/lib/i18n/provider";
import type { CreatedJob, JobSnapshot } from "@/lib/jobs/schema";

/** Which extractor reads the job: `Read by gpt-4o-mini`, `Read by local rules`; null until known. */
function extractorLabel(extractor: ExtractorName | null, llmModel: string | null, tr: Translator): string | null {
  if (extractor === "local") return tr.t("card.readByLocal");
  if (extractor === "llm") return tr.t("card.readByModel", { model: llmModel ?? tr.t("card.theModel") });
  return null;
}

export interface JobCardProps {
  job: CreatedJob | JobSnapshot;
  /** Deletes the job; rejects with a human message. */
  onRemove: (id: string) => Promise<void>;
  /** The server's language model, to say which one read the job. */
  llmModel?: string | null;
  /** Whether the job is selected for a joint export (a checkbox shows once it has a result). */
  selected?: boolean;
  onSelect?: (id: string, selected: boolean) => void;
  /** Draws attention to the card (opened from the history). */
  focused?: boolean;
}

/**
 * One screenshot and everything that happens to it: the image (with the fields marked once
 * done), the live step timeline, the OCR text as it arrives, the model's answer as it
 * streams, then the extracted data to review, correct, accept and export.
 */
export function JobCard({ job, onRemove, llmModel = null, selected = false, onSelect, focused = false }: JobCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, connection, applyReview } = useJobStream(job);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [duplicateOf, setDuplicateOf] = useDuplicateOf(view.id, job.duplicateOf, view.status);
  // Merged into its original: the job is gone on the server, and so is its card.
  const [merged, setMerged] = useState(false);

  const boxes = useMemo(() => (view.result ? fieldBoxes(view.result, i18n) : []), [view.result, i18n]);
  const finished = isFinished(view);
  const ocrStep = view.steps.find((step) => step.name === "ocr");
  // The image exists once the check step has written the clean PNG (docs/fast-upload.md); asked
  // earlier, it is a 409 and the browser would keep the broken image.
  const imageReady = view.steps.find((step) => step.name === "check")?.status === "succeeded";
  const failedStep = view.steps.find((step) => step.status === "failed")?.name ?? null;
  const hasOcrText = Object.keys(view.ocrRegions).length > 0;
  const showOcr = hasOcrText || ocrStep?.status === "running";
  const headingId = `job-${view.id}-title`;
  const extractor = view.result?.extractor ?? view.extractor;
  const readBy = extractorLabel(extractor, view.result?.model ?? llmModel, i18n);
  const selectable = view.status === "succeeded" && view.result !== null && onSelect !== undefined;
  // The model's answer so far, until the final result replaces it.
  const showPartial = view.partialExtraction !== null && !view.result && !finished;

  const remove = async () => {
    setRemoving(true);
    setRemoveError(null);
    try {
      await onRemove(view.id);
    } catch (error) {
      setRemoveError(errorText(error, i18n) ?? t("card.removeFailed"));
      setRemoving(false);
    }
  };

  const meta = [
    view.width !== null && view.height !== null ? `${view.width}×${view.height}` : null,
    view.byteSize !== null ? formatBytes(view.byteSize) : null,
    view.createdAt ? i18n.dateTime(view.createdAt) : null,
  ].filter(Boolean);

  if (merged) return null;
  return (
    <article
      data-testid="job-card"
      data-status={view.status}
      data-connection={connection}
      data-job-id={view.id}
      data-accepted={view.acceptedAt ? "true" : undefined}
      data-selected={selected || undefined}
      aria-labelledby={headingId}
      className={`scroll-mt-6 overflow-hidden rounded-2xl border bg-white shadow-sm shadow-slate-900/5 transition-[border-color,box-shadow] duration-300 dark:bg-slate-900 dark:shadow-black/20 ${
        focused
          ? "border-indigo-400 ring-4 ring-indigo-500/15 dark:border-indigo-400/70"
          : selected
            ? "border-indigo-300 dark:border-indigo-500/50"
            : "border-slate-200/80 dark:border-slate-800"
      }`}
    >
      <header className="flex items-center gap-3 border-b border-slate-100 px-4 py-3 sm:px-5 dark:border-slate-800">
        {selectable && (
          <label className="-m-1.5 grid shrink-0 cursor-pointer place-items-center rounded-lg p-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
            <input
              type="checkbox"
              data-testid="select-job"
              checked={selected}
              onChange={(event) => onSelect?.(view.id, event.currentTarget.checked)}
              aria-label={t("card.selectNamed", { name: view.fileName })}
              title={t("card.select")}
              className="size-4 cursor-pointer rounded border-slate-300 accent-indigo-600 dark:border-slate-600"
            />
          </label>
        )}
        <span
          className={`grid size-9 shrink-0 place-items-center rounded-xl bg-indigo-50 text-indigo-600 dark:bg-indigo-500/15 dark:text-indigo-300 ${
            selectable ? "max-sm:hidden" : ""
          }`}
        >
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
            aria-label={t("card.removeNamed", { name: view.fileName })}
            title={t("card.remove")}
            className="grid size-8 shrink-0 place-items-center rounded-lg text-slate-400 transition-colors hover:bg-slate-100 hover:text-rose-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:text-slate-500 dark:hover:bg-slate-800 dark:hover:text-rose-400"
          >
            <TrashIcon className="size-4" />
          </button>
        )}
      </header>

      <div className="grid gap-5 p-4 sm:p-5 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] lg:grid-cols-[minmax(0,19rem)_minmax(0,1fr)] lg:gap-6">
        <ScreenshotView
          src={imageReady ? view.links.image : null}
          alt={t("card.screenshotAlt", { name: view.fileName })}
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
          {duplicateOf && (
            <DuplicateNotice
              jobId={view.id}
              fileName={view.fileName}
              duplicateOf={duplicateOf}
              finished={finished}
              onDismissed={() => setDuplicateOf(null)}
              onMerged={() => setMerged(true)}
              onDelete={() => onRemove(view.id)}
            />
          )}
          {connection === "reconnecting" && !finished && <ConnectionNotice />}
          {view.resumedReason && !finished && <ResumedNotice reason={view.resumedReason} attempt={view.attempt} />}
          {(view.status === "failed" || view.error) && <JobError error={view.error} step={failedStep} />}

          {view.result && (
            <ResultPanel
              jobId={view.id}
              fileName={view.fileName}
              result={view.result}
              corrections={view.corrections}
              acceptedAt={view.acceptedAt}
              onReview={applyReview}
              highlight={highlight}
              onHighlight={setHighlight}
            />
          )}

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
      {job.list?.page === 0 && <StitchedList listId={job.list.id} />}
      <JobAnnouncer message={announceJob(view, i18n)} />
    </article>
  );
}
