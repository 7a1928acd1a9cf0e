import { z } from "zod";
import { problemSchema, stepNameSchema } from "@/lib/events/schema";
import { extractorNameSchema, jobResultSchema } from "@/lib/extract/schema";
import { duplicateOfSchema } from "@/lib/jobs/duplicates-schema";
import { correctionsSchema, jobSummarySchema } from "@/lib/review/schema";

export const jobStatuses = ["queued", "running", "succeeded", "failed"] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const stepStatusSchema = z.enum(["pending", "running", "succeeded", "failed"]);
export type StepStatus = z.infer<typeof stepStatusSchema>;

export const jobLinksSchema = z.object({
  self: z.string(),
  events: z.string(),
  image: z.string(),
  thumbnail: z.string(),
});

export const stepSnapshotSchema = z.object({
  name: stepNameSchema,
  status: stepStatusSchema,
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nonnegative().nullable(),
  summary: z.string().nullable(),
  error: problemSchema.nullable(),
});

/** A screenshot's place in a stitched list: the list's id (its first job's) and the page, from 0. */
export const jobListRefSchema = z.object({
  id: z.string(),
  page: z.number().int().nonnegative(),
  links: z.object({ self: z.string() }),
});
export type JobListRef = z.infer<typeof jobListRefSchema>;

export function jobListRef(id: string, page: number): JobListRef {
  return { id, page, links: { self: `/api/lists/${encodeURIComponent(id)}` } };
}

/** A job as `GET /api/jobs/:id` returns it: its state now, and where to follow it. */
export const jobSnapshotSchema = z.object({
  id: z.string(),
  status: jobStatusSchema,
  fileName: z.string(),
  mimeType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  byteSize: z.number().int(),
  extractor: extractorNameSchema,
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  /**
   * What relative dates (Today, 昨日) and year-less ones were read against (docs/time-zones.md):
   * when the screenshot was taken, as the upload said (null: unknown, the upload time was used),
   * on the uploader's time zone (null: the server's).
   */
  capturedAt: z.string().nullable().optional(),
  timeZone: z.string().nullable().optional(),
  steps: z.array(stepSnapshotSchema),
  result: jobResultSchema.nullable(),
  error: problemSchema.nullable(),
  /** The id of the newest event: pass it as Last-Event-ID to follow from here. */
  lastEventId: z.number().int(),
  /** The user's corrections by field path; `result` keeps the values as read. */
  corrections: correctionsSchema,
  acceptedAt: z.string().nullable(),
  /** The main fields, corrections applied (null values until the job succeeded). */
  summary: jobSummarySchema,
  links: jobLinksSchema,
  /** The stitched list the screenshot is a page of (docs/stitching.md); null when it stands alone. */
  list: jobListRefSchema.nullable().optional(),
  /** The user's earlier job this one repeats (docs/duplicates.md); null when it is none's. */
  duplicateOf: duplicateOfSchema.nullable().optional(),
});
export type JobSnapshot = z.infer<typeof jobSnapshotSchema>;

/** One entry of `POST /api/jobs`'s answer. */
export const createdJobSchema = z.object({
  id: z.string(),
  status: jobStatusSchema,
  fileName: z.string(),
  extractor: extractorNameSchema,
  links: jobLinksSchema,
  list: jobListRefSchema.nullable().optional(),
  /** Set when the upload is the same image as an earlier job of the user's (docs/duplicates.md). */
  duplicateOf: duplicateOfSchema.nullable().optional(),
});
export type CreatedJob = z.infer<typeof createdJobSchema>;

export const createJobsResponseSchema = z.object({ jobs: z.array(createdJobSchema) });

export const jobListResponseSchema = z.object({ jobs: z.array(jobSnapshotSchema) });

export function jobLinks(id: string) {
  return {
    self: `/api/jobs/${id}`,
    events: `/api/jobs/${id}/events`,
    image: `/api/jobs/${id}/image`,
    thumbnail: `/api/jobs/${id}/thumbnail`,
  };
}
