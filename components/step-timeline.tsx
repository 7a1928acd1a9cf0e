import { ProgressBar } from "@/components/progress-bar";
import { RetryLog } from "@/components/retry-log";
import { StepIcon } from "@/components/step-icon";
import { formatDuration, queueMessage, stepActivity, stepTitle } from "@/lib/client/format";
import type { JobView, RetryView, StepView } from "@/lib/client/job-view";
import { useI18n, useT } from "@/lib/i18n/provider";

/**
 * The five pipeline steps, top to bottom, with their state, timing and live progress; under
 * the extract step, the model calls retried (`chunks`: how many parts the extraction runs in).
 */
export function StepTimeline({
  steps,
  queue,
  retries = [],
  chunks = 1,
}: Pick<JobView, "steps" | "queue"> & { retries?: readonly RetryView[]; chunks?: number }) {
  const t = useT();
  return (
    <ol aria-label={t("steps.label")} className="relative">
      {steps.map((step, index) => (
        <StepItem
          key={step.name}
          step={step}
          queue={step.name === "queue" ? queue : null}
          retries={step.name === "extract" ? retries : []}
          chunks={chunks}
          last={index === steps.length - 1}
        />
      ))}
    </ol>
  );
}

function StepItem({
  step,
  queue,
  retries,
  chunks,
  last,
}: {
  step: StepView;
  queue: JobView["queue"];
  retries: readonly RetryView[];
  chunks: number;
  last: boolean;
}) {
  const i18n = useI18n();
  const running = step.status === "running";
  return (
    <li data-testid={`step-${step.name}`} data-status={step.status} className="relative flex gap-3 pb-3 last:pb-0">
      {!last && (
        <span
          aria-hidden="true"
          className={`absolute top-6 bottom-0 left-3 w-px -translate-x-1/2 ${
            step.status === "succeeded" ? "bg-emerald-300 dark:bg-emerald-700" : "bg-slate-200 dark:bg-slate-700"
          }`}
        />
      )}
      <StepIcon status={step.status} />
      <div className="min-w-0 flex-1 pt-0.5">
        <div className="flex items-baseline justify-between gap-3">
          <span
            className={`text-sm font-medium ${
              step.status === "pending" ? "text-slate-500 dark:text-slate-400" : "text-slate-900 dark:text-slate-100"
            }`}
          >
            {stepTitle(step.name, i18n)}
          </span>
          {step.durationMs !== null && (
            <span className="shrink-0 text-xs tabular-nums text-slate-500 dark:text-slate-400">
              <span className="sr-only">{i18n.t("steps.took")} </span>
              {formatDuration(step.durationMs, i18n)}
            </span>
          )}
          {running && step.hasProgress && (
            <span className="shrink-0 text-xs font-medium tabular-nums text-indigo-700 dark:text-indigo-300">
              {Math.round(step.progress * 100)}%
            </span>
          )}
        </div>
        {step.summary && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{step.summary}</p>}
        {running && step.name === "queue" && <QueueStatus queue={queue} />}
        {running && step.name !== "queue" && (
          <div className="mt-1.5 space-y-1">
            <ProgressBar value={step.progress} label={stepActivity(step.name, i18n)} pulse={!step.hasProgress} />
            {step.message && <p className="text-xs text-slate-500 dark:text-slate-400">{step.message}</p>}
          </div>
        )}
        <RetryLog retries={retries} chunks={chunks} />
      </div>
    </li>
  );
}

function QueueStatus({ queue }: { queue: JobView["queue"] }) {
  const i18n = useI18n();
  if (!queue) {
    return <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{i18n.t("queue.waitingWorker")}</p>;
  }
  return (
    <p className="mt-1 inline-flex flex-wrap items-center gap-x-2 rounded-lg bg-amber-50 px-2 py-1 text-xs text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/25">
      <span className="font-medium">{queueMessage(queue.position, i18n)}</span>
      <span className="text-amber-800/80 dark:text-amber-200/70">{i18n.tn("queue.running", queue.running)}</span>
    </p>
  );
}
