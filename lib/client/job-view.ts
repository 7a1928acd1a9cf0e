import { type EventData, type NewJobEvent, type Problem, type StepName, stepNames } from "@/lib/events/schema";
import type { ExtractorName, JobResult } from "@/lib/extract/schema";
import type { CreatedJob, JobSnapshot, JobStatus, StepStatus } from "@/lib/jobs/schema";
import type { Corrections } from "@/lib/review/schema";

/** One event as the client receives it: its type, its validated data and its SSE id. */
export type StreamEvent = NewJobEvent & { id: number };

/** One pipeline step as the page shows it. */
export interface StepView {
  name: StepName;
  status: StepStatus;
  /** 0 to 1; 1 once the step has succeeded. */
  progress: number;
  /** Whether the server has reported any progress for this run of the step. */
  hasProgress: boolean;
  /** The latest progress message, if the step sent one. */
  message: string | null;
  /** How long the step took, once it has ended. */
  durationMs: number | null;
  summary: string | null;
  error: Problem | null;
}

/** The text of one horizontal strip of the screenshot, as OCR finished it. */
export interface OcrRegionView {
  index: number;
  top: number;
  height: number;
  text: string;
  confidence: number;
}

/**
 * The extractor's growing answer (LLM only). A long list is extracted in `chunks` parts in
 * parallel, each with its own text: `texts` holds the latest text of each part by index.
 */
export interface PartialExtractionView {
  chunks: number;
  texts: Record<number, string>;
}

/** A failed call to the model that the extractor retries after `waitMs`. */
export interface RetryView extends EventData<"extract.retry"> {
  /** The event's id: tells retries apart. */
  id: number;
  /**
   * Whether the wait is over as far as the stream can tell: the same part has streamed text
   * since, failed again, or the step has ended. An unsettled retry is waiting or retrying now.
   */
  settled: boolean;
}

/** Everything a job card shows, derived from the job's snapshot and its stream of events. */
export interface JobView {
  id: string;
  fileName: string;
  status: JobStatus;
  /** Pixel size of the normalised image; null until `job.received` or a snapshot tells. */
  width: number | null;
  height: number | null;
  mimeType: string | null;
  byteSize: number | null;
  extractor: ExtractorName | null;
  createdAt: string | null;
  /** Always the five steps, in pipeline order. */
  steps: StepView[];
  /** Where the job waits, while it waits; null otherwise. */
  queue: { position: number; running: number } | null;
  /** OCR text by region index. */
  ocrRegions: Record<number, OcrRegionView>;
  /** How many regions the OCR splits the image into, once the first one is known. */
  ocrRegionCount: number | null;
  /** The extractor's growing output (LLM extractor only), per chunk. */
  partialExtraction: PartialExtractionView | null;
  /** The model calls retried during the current extract step, oldest first. */
  retries: RetryView[];
  result: JobResult | null;
  error: Problem | null;
  /** The run of the pipeline (above 1 after a server restart resumed the job). */
  attempt: number;
  /** Why the job was resumed, if it was. */
  resumedReason: string | null;
  /** The id of the newest event applied; events at or below it are duplicates. */
  lastEventId: number;
  /** The person's corrections by field path; `result` keeps the values as read. */
  corrections: Corrections;
  /** When the person accepted the result, if they did. */
  acceptedAt: string | null;
  links: CreatedJob["links"];
}

/** Whether the job has reached its final state. */
export function isFinished(view: Pick<JobView, "status">): boolean {
  return view.status === "succeeded" || view.status === "failed";
}

function pendingStep(name: StepName): StepView {
  return {
    name,
    status: "pending",
    progress: 0,
    hasProgress: false,
    message: null,
    durationMs: null,
    summary: null,
    error: null,
  };
}

function isSnapshot(from: CreatedJob | JobSnapshot): from is JobSnapshot {
  return "steps" in from;
}

function stepFromSnapshot(step: JobSnapshot["steps"][number] | undefined, name: StepName): StepView {
  if (!step) return pendingStep(name);
  return {
    ...pendingStep(name),
    status: step.status,
    progress: step.status === "succeeded" ? 1 : 0,
    durationMs: step.durationMs,
    summary: step.summary,
    error: step.error,
  };
}

/**
 * The view of a job before any event: from the upload answer, or from a snapshot.
 *
 * A snapshot has no per-event detail (OCR text, step summaries), so for an unfinished job
 * `lastEventId` starts at 0 and the stream is replayed from the start on top of it; replaying
 * is harmless because every event sets state rather than adding to it. A finished job keeps
 * the snapshot's `lastEventId`: it is complete and opens no stream.
 */
export function initialJobView(from: CreatedJob | JobSnapshot): JobView {
  const base: JobView = {
    id: from.id,
    fileName: from.fileName,
    status: from.status,
    width: null,
    height: null,
    mimeType: null,
    byteSize: null,
    extractor: from.extractor,
    createdAt: null,
    steps: stepNames.map(pendingStep),
    queue: null,
    ocrRegions: {},
    ocrRegionCount: null,
    partialExtraction: null,
    retries: [],
    result: null,
    error: null,
    attempt: 1,
    resumedReason: null,
    lastEventId: 0,
    corrections: {},
    acceptedAt: null,
    links: from.links,
  };
  if (!isSnapshot(from)) return base;
  return {
    ...base,
    width: from.width,
    height: from.height,
    mimeType: from.mimeType,
    byteSize: from.byteSize,
    extractor: from.extractor,
    createdAt: from.createdAt,
    steps: stepNames.map((name) =>
      stepFromSnapshot(
        from.steps.find((step) => step.name === name),
        name,
      ),
    ),
    result: from.result,
    error: from.error,
    attempt: Math.max(1, from.attempts),
    lastEventId: isFinished(from) ? from.lastEventId : 0,
    corrections: from.corrections,
    acceptedAt: from.acceptedAt,
  };
}

/** Marks the retries of one chunk (or of all) as over; the same array when nothing changes. */
function settleRetries(retries: RetryView[], chunk?: number): RetryView[] {
  if (!retries.some((retry) => !retry.settled && (chunk === undefined || retry.chunk === chunk))) return retries;
  return retries.map((retry) =>
    retry.settled || (chunk !== undefined && retry.chunk !== chunk) ? retry : { ...retry, settled: true },
  );
}

/** The retries still waiting or running now: at most one per chunk. */
export function pendingRetries(view: Pick<JobView, "retries">): RetryView[] {
  return view.retries.filter((retry) => !retry.settled);
}

/**
 * How many parts the extraction runs in, as far as the stream has told: a retry names its
 * part but not how many there are, so a retry before any text counts what it can.
 */
export function extractionParts(view: Pick<JobView, "partialExtraction" | "retries">): number {
  return Math.max(view.partialExtraction?.chunks ?? 1, ...view.retries.map((retry) => retry.chunk + 1));
}

/** The texts of the partial answer in chunk order, with "" for a part not started yet. */
export function partialTexts(partial: PartialExtractionView): string[] {
  return Array.from({ length: partial.chunks }, (_, index) => partial.texts[index] ?? "");
}

function updateStep(state: JobView, name: StepName, change: (step: StepView) => StepView): StepView[] {
  return state.steps.map((step) => (step.name === name ? change(step) : step));
}

/**
 * Applies one stream event to the view. Pure: returns a new state, or the same state for an
 * event already applied (an id at or below `lastEventId`).
 */
export function reduceJobView(state: JobView, event: StreamEvent): JobView {
  if (event.id <= state.lastEventId) return state;
  const next = applyEvent(state, event);
  return { ...next, lastEventId: event.id };
}

function applyEvent(state: JobView, event: StreamEvent): JobView {
  switch (event.type) {
    case "job.received": {
      const { data } = event;
      return {
        ...state,
        fileName: data.fileName,
        mimeType: data.mimeType,
        width: data.width,
        height: data.height,
        byteSize: data.byteSize,
        extractor: data.extractor,
      };
    }
    case "job.resumed":
      return {
        ...state,
        status: "queued",
        steps: state.steps.map((step) => (step.name === "check" ? step : pendingStep(step.name))),
        queue: null,
        ocrRegions: {},
        ocrRegionCount: null,
        partialExtraction: null,
        retries: [],
        result: null,
        error: null,
        attempt: event.data.attempt,
        resumedReason: event.data.reason,
      };
    case "queue.position":
      return { ...state, status: "queued", queue: { position: event.data.position, running: event.data.running } };
    case "step.started": {
      const { step } = event.data;
      const reset: Partial<JobView> = step === "ocr" ? { ocrRegions: {}, ocrRegionCount: null } : {};
      const extractReset: Partial<JobView> = step === "extract" ? { partialExtraction: null, retries: [] } : {};
      return {
        ...state,
        ...reset,
        ...extractReset,
        status: step === "check" || step === "queue" ? "queued" : "running",
        steps: updateStep(state, step, (current) => ({ ...pendingStep(current.name), status: "running" })),
      };
    }
    case "step.progress": {
      const { step, progress, message } = event.data;
      return {
        ...state,
        steps: updateStep(state, step, (current) => ({
          ...current,
          status: current.status === "pending" ? "running" : current.status,
          progress,
          hasProgress: true,
          message: message ?? current.message,
        })),
      };
    }
    case "step.completed": {
      const { step, durationMs, summary } = event.data;
      const leftQueue = step === "queue";
      return {
        ...state,
        retries: step === "extract" ? settleRetries(state.retries) : state.retries,
        status: leftQueue ? "running" : state.status,
        queue: leftQueue ? null : state.queue,
        steps: updateStep(state, step, (current) => ({
          ...current,
          status: "succeeded",
          progress: 1,
          durationMs,
          summary: summary ?? null,
          error: null,
        })),
      };
    }
    case "step.failed": {
      const { step, durationMs, error } = event.data;
      return {
        ...state,
        retries: step === "extract" ? settleRetries(state.retries) : state.retries,
        queue: null,
        error,
        steps: updateStep(state, step, (current) => ({ ...current, status: "failed", durationMs, error })),
      };
    }
    case "ocr.region": {
      const { index, count, top, height, text, confidence } = event.data;
      return {
        ...state,
        ocrRegionCount: count,
        ocrRegions: { ...state.ocrRegions, [index]: { index, top, height, text, confidence } },
      };
    }
    case "extract.partial": {
      const { text, chunk, chunks } = event.data;
      const current = state.partialExtraction;
      // A list read while OCR still reads it learns its number of parts as it goes
      // (docs/pipelining.md): an early part's events carry the count known when it started.
      // The extract step's start clears the texts of an earlier run.
      return {
        ...state,
        partialExtraction: {
          chunks: Math.max(chunks, current?.chunks ?? 1),
          texts: { ...current?.texts, [chunk]: text },
        },
        retries: settleRetries(state.retries, chunk),
      };
    }
    case "extract.retry":
      return {
        ...state,
        retries: [...settleRetries(state.retries, event.data.chunk), { ...event.data, id: event.id, settled: false }],
      };
    case "job.done": {
      const { data } = event;
      // A step still marked running when the job ends (e.g. an interrupted run given up)
      // ended with the job.
      const settled: StepStatus = data.status === "succeeded" ? "succeeded" : "failed";
      const steps = state.steps.map((step) => (step.status === "running" ? { ...step, status: settled } : step));
      const retries = settleRetries(state.retries);
      return data.status === "succeeded"
        ? { ...state, status: "succeeded", steps, queue: null, retries, result: data.result, error: null }
        : { ...state, status: "failed", steps, queue: null, retries, error: data.error };
    }
    default:
      return state;
  }
}

/**
 * Brings a view up to a newer snapshot of a finished job: the stream could not deliver the
 * end (e.g. a proxy refused to reconnect), so the REST answer settles the card. Steps whose
 * status did not change keep the detail the stream gave them (durations, summaries).
 */
export function applySnapshot(state: JobView, snapshot: JobSnapshot): JobView {
  if (!isFinished(snapshot) || snapshot.lastEventId < state.lastEventId) return state;
  const fresh = initialJobView(snapshot);
  return {
    ...state,
    status: fresh.status,
    width: fresh.width,
    height: fresh.height,
    steps: fresh.steps.map((step, index) => {
      const known = state.steps[index];
      return known && known.status === step.status ? known : step;
    }),
    queue: null,
    retries: settleRetries(state.retries),
    result: fresh.result,
    error: fresh.error,
    extractor: fresh.extractor,
    lastEventId: snapshot.lastEventId,
    corrections: fresh.corrections,
    acceptedAt: fresh.acceptedAt,
  };
}

/**
 * Takes the review state (corrections, acceptance) from the job as the server answered a
 * correction, a revert or an accept. The rest of the view, which the stream keeps, stays.
 */
export function applyReview(state: JobView, snapshot: Pick<JobSnapshot, "id" | "corrections" | "acceptedAt">): JobView {
  if (snapshot.id !== state.id) return state;
  return { ...state, corrections: snapshot.corrections, acceptedAt: snapshot.acceptedAt };
}
