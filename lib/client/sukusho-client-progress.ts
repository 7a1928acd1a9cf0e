import type { SukushoEvent } from "@/lib/client/sukusho-client";
import { type EventData, type Problem, type StepName, stepNames } from "@/lib/events/schema";

/**
 * A job's progress folded from its events, for progress bars outside the page (the CLI, a
 * script): which step runs, how far each one is, the queue position, retries and restarts.
 * Pure and framework-free: `progress = applyProgressEvent(progress, event)` for each event.
 */

/**
 * How much of the whole bar each step is worth. The OCR is most of a job's time (and the only
 * step with fine-grained progress); checking and queueing are quick unless the queue is long.
 */
export const stepWeights: Readonly<Record<StepName, number>> = {
  check: 0.05,
  queue: 0.05,
  ocr: 0.55,
  extract: 0.3,
  verify: 0.05,
};

/** One step's state: `progress` is 0–1 within the step. */
export interface StepProgress {
  status: "pending" | "running" | "succeeded" | "failed";
  progress: number;
  durationMs: number | null;
  /** The server's latest word on it (`Reading strip 2 of 3`), or its summary once done. */
  message: string | null;
}

/** Everything a progress line shows about one job. */
export interface JobProgress {
  status: "waiting" | "running" | "succeeded" | "failed";
  /** The step running now, or the last one that ran. */
  step: StepName | null;
  steps: Record<StepName, StepProgress>;
  /** 1 means next; null when not waiting in the queue. */
  queuePosition: number | null;
  /** Jobs running while this one waits. */
  queueRunning: number | null;
  /** Model calls retried so far, and the latest retry. */
  retries: number;
  lastRetry: EventData<"extract.retry"> | null;
  /** True from a retry until the model is heard from again (progress, partial text, the step's end). */
  retrying: boolean;
  /** Times the job restarted after an interruption. */
  resumes: number;
  error: Problem | null;
  lastEventId: number;
}

/** The progress of a job no event has been seen for. */
export function initialProgress(): JobProgress {
  const steps = {} as Record<StepName, StepProgress>;
  for (const step of stepNames) steps[step] = { status: "pending", progress: 0, durationMs: null, message: null };
  return {
    status: "waiting",
    step: null,
    steps,
    queuePosition: null,
    queueRunning: null,
    retries: 0,
    lastRetry: null,
    retrying: false,
    resumes: 0,
    error: null,
    lastEventId: 0,
  };
}

function withStep(progress: JobProgress, step: StepName, change: Partial<StepProgress>): JobProgress {
  return { ...progress, steps: { ...progress.steps, [step]: { ...progress.steps[step], ...change } } };
}

/** Folds one event into the progress (returns a new object; the old one is left as it was). */
export function applyProgressEvent(progress: JobProgress, event: SukushoEvent): JobProgress {
  const next: JobProgress = { ...progress, lastEventId: Math.max(progress.lastEventId, event.id) };
  if (event.type !== "extract.retry" && event.type !== "queue.position" && event.type !== "job.received") {
    next.retrying = false;
  }
  switch (event.type) {
    case "job.received":
      return { ...next, status: "running" };
    case "job.resumed": {
      // The job runs again from its stored image: every step starts over.
      const fresh = initialProgress();
      return { ...next, status: "running", step: null, steps: fresh.steps, resumes: next.resumes + 1, error: null };
    }
    case "step.started": {
      const { step } = event.data;
      let started = withStep({ ...next, status: "running", step }, step, {
        status: "running",
        progress: 0,
        message: null,
      });
      // Steps run in order: one starting means those before it are behind us — except OCR,
      // which a model's extraction runs beside (docs/pipelining.md): it ends with its own event.
      for (const earlier of stepNames.slice(0, stepNames.indexOf(step))) {
        const overlaps = step === "extract" && earlier === "ocr" && started.steps[earlier].status === "running";
        if (!overlaps && (started.steps[earlier].status === "pending" || started.steps[earlier].status === "running")) {
          started = withStep(started, earlier, { status: "succeeded", progress: 1 });
        }
      }
      if (step !== "queue") started = { ...started, queuePosition: null, queueRunning: null };
      return started;
    }
    case "step.progress":
      return withStep(next, event.data.step, {
        progress: Math.max(next.steps[event.data.step].progress, event.data.progress),
        message: event.data.message ?? next.steps[event.data.step].message,
      });
    case "step.completed": {
      const done = withStep(next, event.data.step, {
        status: "succeeded",
        progress: 1,
        durationMs: event.data.durationMs,
        message: event.data.summary ?? null,
      });
      return event.data.step === "queue" ? { ...done, queuePosition: null, queueRunning: null } : done;
    }
    case "step.failed":
      return {
        ...withStep(next, event.data.step, {
          status: "failed",
          durationMs: event.data.durationMs,
          message: event.data.error.message,
        }),
        step: event.data.step,
        error: event.data.error,
      };
    case "queue.position":
      return { ...next, queuePosition: event.data.position, queueRunning: event.data.running };
    case "extract.retry":
      return { ...next, retries: next.retries + 1, lastRetry: event.data, retrying: true };
    case "job.done":
      if (event.data.status === "succeeded") {
        let finished: JobProgress = { ...next, status: "succeeded", queuePosition: null, queueRunning: null };
        for (const step of stepNames) {
          if (finished.steps[step].status !== "succeeded") {
            finished = withStep(finished, step, { status: "succeeded", progress: 1 });
          }
        }
        return finished;
      }
      return { ...next, status: "failed", error: event.data.error, queuePosition: null, queueRunning: null };
    default:
      return next;
  }
}

/** The whole job's progress, 0–1: finished steps count in full, the running one in part. */
export function overallProgress(progress: JobProgress): number {
  if (progress.status === "succeeded") return 1;
  let total = 0;
  for (const step of stepNames) {
    const state = progress.steps[step];
    const share = state.status === "succeeded" ? 1 : state.status === "running" ? state.progress : 0;
    total += stepWeights[step] * Math.min(1, Math.max(0, share));
  }
  return Math.min(1, total);
}
