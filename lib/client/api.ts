import { z } from "zod";
import { type PublicConfig, publicConfigSchema } from "@/lib/config-schema";
import type { DocumentKind, ExtractorName } from "@/lib/extract/schema";
import {
  type CreatedJob,
  createJobsResponseSchema,
  type JobSnapshot,
  jobListResponseSchema,
  jobSnapshotSchema,
} from "@/lib/jobs/schema";

/** A failed API call: `code` is the server's stable code, `message` is meant for people. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, message, response.status, details);
  }
  if (response.status === 413) {
    return new ApiError("too_large", "These files are too large to upload.", response.status);
  }
  return new ApiError(
    "http_error",
    `The server could not handle the request (HTTP ${response.status}). Please try again.`,
    response.status,
  );
}

async function send(input: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, { cache: "no-store", ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("network_error", "Could not reach the server. Check your connection and try again.", 0);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function readJson<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.warn("[sukusho] unexpected response from", response.url, parsed.error);
    throw new ApiError("unexpected_response", "The server sent an answer this page does not understand.", 0);
  }
  return parsed.data;
}

/** How the server should read an upload; what is left out takes the server's default. */
export interface ExtractionChoice {
  /** `llm` or `local`; the server picks the LLM when one is configured. */
  extractor?: ExtractorName;
  /** A document kind, or `auto` to detect it (the default). */
  kind?: DocumentKind | "auto";
  /** Send the screenshot itself to the model (only meaningful when it has vision). */
  allowImage?: boolean;
}

/** Uploads screenshots (form field `file`, one part per file); each becomes a job. */
export async function uploadScreenshots(
  files: readonly File[],
  options: ExtractionChoice & { signal?: AbortSignal } = {},
): Promise<CreatedJob[]> {
  const form = new FormData();
  if (options.extractor) form.append("extractor", options.extractor);
  if (options.kind) form.append("kind", options.kind);
  if (options.allowImage !== undefined) form.append("allowImage", String(options.allowImage));
  for (const file of files) form.append("file", file, file.name || "screenshot.png");
  const response = await send("/api/jobs", { method: "POST", body: form, signal: options.signal });
  return (await readJson(response, createJobsResponseSchema)).jobs;
}

/** The newest jobs first. */
export async function listJobs(limit = 20, signal?: AbortSignal): Promise<JobSnapshot[]> {
  const response = await send(`/api/jobs?limit=${limit}`, { signal });
  return (await readJson(response, jobListResponseSchema)).jobs;
}

/** One job as it stands now. */
export async function getJob(id: string, signal?: AbortSignal): Promise<JobSnapshot> {
  const response = await send(`/api/jobs/${encodeURIComponent(id)}`, { signal });
  return readJson(response, jobSnapshotSchema);
}

/** Deletes a finished job with its image. */
export async function deleteJob(id: string): Promise<void> {
  await send(`/api/jobs/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** What this server can do: whether an LLM is configured (and which), the upload limits. */
export async function getConfig(signal?: AbortSignal): Promise<PublicConfig> {
  const response = await send("/api/config", { signal });
  return readJson(response, publicConfigSchema);
}
