import { z } from "zod";
import { jobResultSchema } from "@/lib/extract/schema";

/**
 * THE stream protocol. Every event a job emits is one of these; the server encodes them, the
 * client parses them, the OpenAPI document describes them, all from these schemas.
 * On the wire an event is `id: <seq>`, `event: <type>`, `data: <JSON of data>`.
 */

export const stepNames = ["check", "queue", "ocr", "extract", "verify"] as const;
export const stepNameSchema = z.enum(stepNames);
export type StepName = z.infer<typeof stepNameSchema>;

/** A failure a person can understand: `code` is stable for programs, `message` is for people. */
export const problemSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type Problem = z.infer<typeof problemSchema>;

export const jobReceivedSchema = z.object({
  jobId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  byteSize: z.number().int(),
  extractor: z.enum(["local", "llm"]),
});

export const stepStartedSchema = z.object({ step: stepNameSchema });

export const stepProgressSchema = z.object({
  step: stepNameSchema,
  /** 0 to 1 for the whole step. */
  progress: z.number().min(0).max(1),
  message: z.string().optional(),
});

export const stepCompletedSchema = z.object({
  step: stepNameSchema,
  durationMs: z.number().int().nonnegative(),
  summary: z.string().optional(),
});

export const stepFailedSchema = z.object({
  step: stepNameSchema,
  durationMs: z.number().int().nonnegative(),
  error: problemSchema,
});

/** Where the job stands in the queue: 1 means next. Sent whenever it changes. */
export const queuePositionSchema = z.object({
  position: z.number().int().positive(),
  /** How many jobs are running now (the limit is full while this job waits). */
  running: z.number().int().nonnegative(),
});

/** The OCR progress and text of one region (a horizontal strip of a tall screenshot). */
export const ocrRegionSchema = z.object({
  index: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  top: z.number().int().nonnegative(),
  height: z.number().int().positive(),
  text: z.string(),
  confidence: z.number(),
});

/**
 * The extractor's growing output (the LLM's partial JSON answer), throttled by the server.
 * Long lists are extracted in chunks in parallel: `chunk` says which one this text belongs to.
 */
export const extractPartialSchema = z.object({
  text: z.string(),
  chunk: z.number().int().nonnegative().default(0),
  chunks: z.number().int().positive().default(1),
});

/** A call to the model failed in a way worth retrying; the extractor waits `waitMs` first. */
export const extractRetrySchema = z.object({
  attempt: z.number().int().positive(),
  maxAttempts: z.number().int().positive(),
  waitMs: z.number().int().nonnegative(),
  /** For people: "The model is rate limited (429)", "The model stopped answering". */
  reason: z.string(),
  status: z.number().int().optional(),
  chunk: z.number().int().nonnegative().default(0),
  chunks: z.number().int().positive().default(1),
});

/** The job was interrupted (a restart) and runs again from its stored image. */
export const jobResumedSchema = z.object({ reason: z.string(), attempt: z.number().int() });

/** The final event: nothing follows it, and the server closes the stream after it. */
export const jobDoneSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("succeeded"), result: jobResultSchema }),
  z.object({ status: z.literal("failed"), error: problemSchema }),
]);

/** The data schema of every event type, keyed by the SSE `event:` name. */
export const eventDataSchemas = {
  "job.received": jobReceivedSchema,
  "job.resumed": jobResumedSchema,
  "queue.position": queuePositionSchema,
  "step.started": stepStartedSchema,
  "step.progress": stepProgressSchema,
  "step.completed": stepCompletedSchema,
  "step.failed": stepFailedSchema,
  "ocr.region": ocrRegionSchema,
  "extract.partial": extractPartialSchema,
  "extract.retry": extractRetrySchema,
  "job.done": jobDoneSchema,
} as const;

export type EventType = keyof typeof eventDataSchemas;
export const eventTypes = Object.keys(eventDataSchemas) as EventType[];
export const FINAL_EVENT_TYPE = "job.done" satisfies EventType;

export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;

/** An event before it is stored: what a pipeline step emits. */
export type NewJobEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];

/** A stored event: `id` is the job's own increasing sequence number, the SSE id. */
export type JobEvent = NewJobEvent & { id: number; jobId: string; at: string };

const eventTypeSchema = z.enum(eventTypes as [EventType, ...EventType[]]);

/**
 * Validates an event received as (type, data). Throws a ZodError for an unknown type or
 * data that does not fit the type's schema.
 */
export function parseEventData<T extends EventType>(type: T, data: unknown): EventData<T>;
export function parseEventData(type: string, data: unknown): EventData<EventType>;
export function parseEventData(type: string, data: unknown) {
  const known = eventTypeSchema.parse(type);
  return eventDataSchemas[known].parse(data);
}

export function isFinalEvent(event: { type: string }): boolean {
  return event.type === FINAL_EVENT_TYPE;
}
