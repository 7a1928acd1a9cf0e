import { z } from "zod";
import { deviceTimeZone } from "@/lib/client/device-time-zone";
import { type RateLimitWait, responseErrorDetails, retryWhenRateLimited } from "@/lib/client/rate-limit-retry";
import { announceResultsChanged } from "@/lib/client/results-changed";
import { type PublicConfig, publicConfigSchema } from "@/lib/config-schema";
import type { DocumentKind, ExtractorName } from "@/lib/extract/schema";
import type { Translator } from "@/lib/i18n";
import {
  type CreatedJob,
  createJobsResponseSchema,
  type JobSnapshot,
  jobListResponseSchema,
  jobSnapshotSchema,
} from "@/lib/jobs/schema";
import type { SpendingPeriod } from "@/lib/spending/periods";
import { type SpendingSummary, spendingSummarySchema } from "@/lib/spending/schema";

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

/** Failures this page names itself (the server's own messages are shown as sent). */
const CLIENT_CODES = new Set(["network_error", "too_large", "http_error", "unexpected_response", "rate_limited"]);

/**
 * The words for a failed call: the server's message, with what its validation said when it
 * gave details (`The request is not valid. — value: Too big`); this page's own failures (no
 * connection, an answer it cannot read) in the reader's language when a translator is given.
 */
export function errorText(error: unknown, tr?: Translator): string | null {
  if (tr && error instanceof ApiError && CLIENT_CODES.has(error.code)) {
    return tr.lookup(`apiError.${error.code}`, { status: error.status }) ?? error.message;
  }
  if (!(error instanceof Error) || !error.message) return null;
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return error.message;
  const details = error.details
    .map((detail: unknown) =>
      typeof detail === "object" && detail !== null && "message" in detail && typeof detail.message === "string"
        ? detail.message
        : null,
    )
    .filter((text): text is string => text !== null && text !== "");
  return details.length > 0 ? `${error.message} — ${details.join("; ")}` : error.message;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, message, response.status, responseErrorDetails(response, details));
  }
  if (response.status === 429) {
    return new ApiError(
      "rate_limited",
      "Too many requests. Please wait a minute and try again.",
      429,
      responseErrorDetails(response, undefined),
    );
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
  /** Several files are screenshots of one scrolled list: merge their rows (docs/stitching.md). */
  stitch?: boolean;
}

/** A file's modification time as ISO 8601, or null when the browser gives none. */
function fileTime(file: File): string | null {
  return Number.isFinite(file.lastModified) && file.lastModified > 0 ? new Date(file.lastModified).toISOString() : null;
}

/**
 * Uploads screenshots (form field `file`, one part per file); each becomes a job. When the
 * server says too many uploads (429), waits as long as it asks and sends them again:
 * `onRateLimitWait` hears of each wait, then `null` when the upload is sent again.
 */
export async function uploadScreenshots(
  files: readonly File[],
  options: ExtractionChoice & {
    signal?: AbortSignal;
    onRateLimitWait?: (wait: RateLimitWait | null) => void;
  } = {},
): Promise<CreatedJob[]> {
  const form = new FormData();
  if (options.extractor) form.append("extractor", options.extractor);
  if (options.kind) form.append("kind", options.kind);
  if (options.allowImage !== undefined) form.append("allowImage", String(options.allowImage));
  // One file is no list to stitch; it can still become a list's first page later (add pages).
  if (options.stitch && files.length > 1) form.append("stitch", "true");
  // "Today" on a screenshot is the day this device shows, not the server's (docs/time-zones.md).
  const timeZone = deviceTimeZone();
  if (timeZone) form.append("timeZone", timeZone);
  // When each screenshot was taken, as far as this device knows: the file's time. "Yesterday"
  // on a screenshot picked days later is read against it, not the upload (docs/time-zones.md).
  form.append("capturedAt", JSON.stringify(files.map(fileTime)));
  for (const file of files) form.append("file", file, file.name || "screenshot.png");
  const response = await retryWhenRateLimited(
    () => send("/api/jobs", { method: "POST", body: form, signal: options.signal }),
    {
      signal: options.signal,
      onWait: (wait) => options.onRateLimitWait?.(wait),
      onRetry: () => options.onRateLimitWait?.(null),
    },
  );
  return (await readJson(response, createJobsResponseSchema)).jobs;
}

/** The newest jobs first; `query` keeps those whose merchant, file name or total matches. */
export async function listJobs(limit = 20, signal?: AbortSignal, query = ""): Promise<JobSnapshot[]> {
  const params = new URLSearchParams({ limit: String(limit) });
  const q = query.trim();
  if (q) params.set("q", q);
  const response = await send(`/api/jobs?${params}`, { signal });
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
  announceResultsChanged();
}

/** What this server can do: whether an LLM is configured (and which), the upload limits. */
export async function getConfig(signal?: AbortSignal): Promise<PublicConfig> {
  const response = await send("/api/config", { signal });
  return readJson(response, publicConfigSchema);
}

function jobUrl(id: string, rest = ""): string {
  return `/api/jobs/${encodeURIComponent(id)}${rest}`;
}

/**
 * Corrects one value of a finished job (`total`, `items.0.amount`, `fields.due`): null means
 * "not there". Answers the updated job; a value of the wrong form is an ApiError with the
 * server's message (code `invalid_correction`, status 422).
 */
export async function correctField(id: string, path: string, value: string | number | null): Promise<JobSnapshot> {
  const response = await send(jobUrl(id, "/corrections"), {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ path, value }),
  });
  announceResultsChanged();
  return readJson(response, jobSnapshotSchema);
}

/** Drops a correction: the value read from the image is back. Answers the updated job. */
export async function revertField(id: string, path: string): Promise<JobSnapshot> {
  const response = await send(jobUrl(id, `/corrections?path=${encodeURIComponent(path)}`), { method: "DELETE" });
  announceResultsChanged();
  return readJson(response, jobSnapshotSchema);
}

/** Marks a finished job's result (with its corrections) as accepted. Answers the updated job. */
export async function acceptJob(id: string): Promise<JobSnapshot> {
  const response = await send(jobUrl(id, "/accept"), { method: "POST" });
  return readJson(response, jobSnapshotSchema);
}

export type ExportFormat = "json" | "csv" | "ofx" | "qif";

/** Spending over time from the viewer's results; `query` narrows it as the history search does. */
export async function getSpending(period: SpendingPeriod, query = "", signal?: AbortSignal): Promise<SpendingSummary> {
  const params = new URLSearchParams({ period });
  if (query.trim()) params.set("q", query.trim());
  const response = await send(`/api/spending?${params}`, { signal });
  return readJson(response, spendingSummarySchema);
}

/** Where to download one job's result, corrections applied. */
export function exportUrl(id: string, format: ExportFormat): string {
  return jobUrl(id, `/export?format=${format}`);
}

/** Where to download several jobs' results in one file. */
export function exportJobsUrl(ids: readonly string[], format: ExportFormat): string {
  return `/api/export?ids=${ids.map(encodeURIComponent).join(",")}&format=${format}`;
}
