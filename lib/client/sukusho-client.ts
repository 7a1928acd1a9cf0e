import { z } from "zod";
import { deviceTimeZone } from "@/lib/client/device-time-zone";
import { type RateLimitWait, responseErrorDetails, retryWhenRateLimited } from "@/lib/client/rate-limit-retry";
import { type PublicConfig, publicConfigSchema } from "@/lib/config-schema";
import { type EventData, type EventType, isFinalEvent, type Problem, parseEventData } from "@/lib/events/schema";
import type { customFieldSpecSchema, DocumentKind, ExtractorName, JobResult } from "@/lib/extract/schema";
import {
  type CreatedJob,
  createJobsResponseSchema,
  type JobSnapshot,
  jobListResponseSchema,
  jobSnapshotSchema,
} from "@/lib/jobs/schema";
import { type ParsedEvent, SseParser } from "@/lib/sse/parse";

/**
 * A small typed client for Sukusho's HTTP API, for Node 20+ and browsers. It needs nothing but
 * `fetch` (injectable), validates every answer and every event with the protocol's zod schemas,
 * and follows a job's event stream with the same resume rules as a browser's EventSource:
 * a dropped connection is reopened with `Last-Event-ID` after the server's `retry:` delay, and
 * no event is ever delivered twice.
 *
 * ```ts
 * const sukusho = createSukushoClient({ baseUrl: "http://localhost:3000" });
 * const [outcome] = await sukusho.extract([{ name: "shot.png", bytes }], {}, { onEvent: console.log });
 * ```
 */

/** The reconnection delay before the server has sent its own `retry:` (the server's default). */
export const DEFAULT_RETRY_MS = 2_000;
/** How many connections in a row may fail (deliver no new event) before `follow` gives up. */
export const DEFAULT_MAX_RETRIES = 5;
/** A stream silent this long (no event, no keep-alive comment) is taken as dead and reopened. */
export const DEFAULT_IDLE_TIMEOUT_MS = 45_000;
/** The longest wait between two reconnections, unless the server asks for longer. */
const MAX_BACKOFF_MS = 30_000;

/**
 * A failed call. `status` is the HTTP status, or 0 when no answer came. `code` is the
 * server's stable code (`job_not_found`, `unsupported_type`…) or one of the client's own:
 * `network_error` (the server could not be reached), `unexpected_response` (an answer that
 * does not fit the API), `stream_ended` (the event stream kept closing without news),
 * `http_error` (an error status without Sukusho's JSON error body).
 */
export class SukushoApiError extends Error {
  /**
   * @param status HTTP status, 0 when there was no answer.
   * @param code Stable code for programs.
   * @param message Meant for people.
   * @param details The server's `details`, when it sent some (validation issues, say).
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "SukushoApiError";
  }
}

/** True when `error` means the server could not be reached (no HTTP answer at all). */
export function isNetworkError(error: unknown): error is SukushoApiError {
  return error instanceof SukushoApiError && error.code === "network_error";
}

/** One file to upload. `type` is only a hint: the server recognises images by their bytes. */
export interface UploadFile {
  name: string;
  bytes: Uint8Array | Blob;
  type?: string;
  /**
   * When the screenshot was taken (a Date or ISO 8601 time; a file's modification time will do):
   * "Today" and year-less dates on it are read against this instead of the upload time.
   */
  capturedAt?: Date | string;
}

/** A field of your own schema, as the upload form takes it (`description` may be left out). */
export type CustomFieldInput = z.input<typeof customFieldSpecSchema>;

/** How the server should read an upload; what is left out takes the server's default. */
export interface UploadOptions {
  /** `llm` or `local`; the server picks the LLM when one is configured. */
  extractor?: ExtractorName;
  /** A document kind, or `auto` to detect it (the default). */
  kind?: DocumentKind | "auto";
  /** Send the screenshot itself to the model (only meaningful when it has vision). */
  allowImage?: boolean;
  /** Your own fields instead of a receipt or a transaction list (LLM extractor only). */
  fields?: CustomFieldInput[];
  /**
   * The time zone the screenshots were taken in (IANA, e.g. `Asia/Tokyo`): "Today" and year-less
   * dates are read on its calendar. Default: this runtime's zone; `null` leaves it to the server's.
   */
  timeZone?: string | null;
  signal?: AbortSignal;
  /**
   * Called before waiting out a 429 (`rate_limited`): the upload is sent again after the wait
   * the server asked for, up to `maxRateLimitWaits` times (default 5; 0 fails at once).
   */
  onRateLimited?: (wait: RateLimitWait) => void;
  maxRateLimitWaits?: number;
}

/** An event of a job's stream, typed by its `type`: `id` is the job's own sequence number. */
export type SukushoEvent = { [T in EventType]: { id: number; type: T; data: EventData<T> } }[EventType];

/** How a finished job ended: its result, or the problem that stopped it. */
export type JobOutcome = EventData<"job.done">;

/** Options of {@link SukushoClient.follow} and {@link SukushoClient.wait}. */
export interface FollowOptions {
  /** Called with every event, in order, before the iterator yields it. */
  onEvent?: (event: SukushoEvent) => void;
  /** Called when a connection dropped and is about to be reopened. */
  onReconnect?: (info: { attempt: number; delayMs: number; lastEventId: number; error: unknown }) => void;
  /** Called for an event that fails validation (it is skipped, its id still counts as seen). */
  onInvalidEvent?: (event: ParsedEvent, error: unknown) => void;
  signal?: AbortSignal;
  /** Start after this event id (what a previous `follow` or a snapshot's `lastEventId` gave). */
  lastEventId?: number;
  /** Connections in a row that may fail before giving up (default {@link DEFAULT_MAX_RETRIES}). */
  maxRetries?: number;
  /** Delay before the server has sent its `retry:` (default {@link DEFAULT_RETRY_MS}). */
  retryMs?: number;
  /** Reopen a stream silent this long, in ms; 0 never (default {@link DEFAULT_IDLE_TIMEOUT_MS}). */
  idleTimeoutMs?: number;
}

/** Why {@link SukushoClient.follow} stopped: the final event came, or the server had nothing more (204). */
export interface FollowEnd {
  reason: "done" | "no_content";
  /** The id of the last event seen: pass it as `lastEventId` to go on from here. */
  lastEventId: number;
}

/** One uploaded file's outcome in {@link SukushoClient.extract}: `result` or `error`, never both. */
export interface ExtractResult {
  job: CreatedJob;
  result?: JobResult;
  error?: Problem;
}

/** Options of {@link createSukushoClient}. */
export interface SukushoClientOptions {
  /** Where the app runs, e.g. `http://localhost:3000` (a path prefix is kept); "" for same origin. */
  baseUrl: string;
  /** The fetch to use (tests inject one); the global fetch by default. */
  fetch?: typeof fetch;
  /** Headers sent with every request (a proxy's authorisation, say). */
  headers?: Record<string, string>;
}

/** The client {@link createSukushoClient} returns. */
export interface SukushoClient {
  /** The base URL requests go to, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * Uploads screenshots in one request (form field `file`, one part each); each becomes a job.
   * A 429 is waited out and the upload sent again (see {@link UploadOptions.onRateLimited}).
   */
  upload(files: readonly UploadFile[], options?: UploadOptions): Promise<CreatedJob[]>;
  /** One job as it stands now: status, steps, result or error, `lastEventId`. */
  getJob(id: string, options?: { signal?: AbortSignal }): Promise<JobSnapshot>;
  /** The newest jobs first (the server's default limit is 50, at most 200). */
  listJobs(options?: { limit?: number; signal?: AbortSignal }): Promise<JobSnapshot[]>;
  /** Deletes a finished job, its events and its image (409 `job_running` while it runs). */
  deleteJob(id: string, options?: { signal?: AbortSignal }): Promise<void>;
  /** What the server can do: whether an LLM is configured, its model, the upload limits. */
  config(options?: { signal?: AbortSignal }): Promise<PublicConfig>;
  /**
   * Follows a job's events from `lastEventId` (0: from the start, the stored ones first, then
   * live). Yields each event once, in id order; ends after `job.done`, or at once when the
   * server answers 204 (nothing more to send). A dropped or silent connection is reopened
   * with `Last-Event-ID` after the server's `retry:` delay (doubling while connections keep
   * failing); after `maxRetries` failures in a row it throws the last error. Leaving the loop
   * early closes the connection. `onEvent` only runs while someone iterates: use
   * {@link SukushoClient.wait} to just be called back.
   */
  follow(jobId: string, options?: FollowOptions): AsyncGenerator<SukushoEvent, FollowEnd, undefined>;
  /**
   * Follows a job to its end (calling `onEvent` on the way) and resolves with its outcome.
   * When the stream has nothing more to say (204) the outcome is read from the job's snapshot.
   */
  wait(jobId: string, options?: FollowOptions): Promise<JobOutcome>;
  /**
   * Uploads the files, then follows every job in parallel and resolves, in the files' order,
   * with each one's result or error. An upload the server refuses rejects with its
   * {@link SukushoApiError}; a job whose stream is lost gets that error as its `error`.
   */
  extract(
    files: readonly UploadFile[],
    options?: UploadOptions,
    follow?: {
      onEvent?: (event: SukushoEvent, job: CreatedJob, index: number) => void;
      signal?: AbortSignal;
      maxRetries?: number;
    },
  ): Promise<ExtractResult[]>;
}

const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${cause.message}` : cause.message;
  }
  return error.message;
}

/** The error a response with an error status stands for. */
async function errorFrom(response: Response): Promise<SukushoApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new SukushoApiError(response.status, code, message, responseErrorDetails(response, details));
  }
  return new SukushoApiError(
    response.status,
    response.status === 429 ? "rate_limited" : "http_error",
    `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
    responseErrorDetails(response, undefined),
  );
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** `links.thumbnail: expected string, received undefined; …`: the first few issues on one line. */
function summarizeIssues(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "the body"}: ${issue.message}`);
  if (error.issues.length > 3) shown.push(`${error.issues.length - 3} more`);
  return shown.join("; ");
}

/** The promise's outcome, or the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function toBlob(file: UploadFile): Blob {
  if (typeof Blob !== "undefined" && file.bytes instanceof Blob) {
    return file.type && !file.bytes.type ? new Blob([file.bytes], { type: file.type }) : file.bytes;
  }
  // A copy: Blob wants an ArrayBuffer-backed view, and the caller's buffer stays theirs.
  return new Blob([new Uint8Array(file.bytes as Uint8Array)], { type: file.type ?? "application/octet-stream" });
}

/** Turns a parsed SSE block into a typed event; throws when it does not fit the protocol. */
function decodeEvent(raw: ParsedEvent): SukushoEvent {
  const data = parseEventData(raw.event, JSON.parse(raw.data));
  return { id: Number(raw.id), type: raw.event, data } as SukushoEvent;
}

/** Creates a client for the Sukusho server at `baseUrl`. */
export function createSukushoClient(options: SukushoClientOptions): SukushoClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const commonHeaders = options.headers ?? {};

  const url = (path: string) => `${baseUrl}${path}`;
  const broken = (cause: unknown) =>
    new SukushoApiError(0, "network_error", `The event stream broke (${describeCause(cause)}).`);
  const unreachable = (cause: unknown) =>
    new SukushoApiError(0, "network_error", `Could not reach ${baseUrl || "the server"} (${describeCause(cause)}).`);
  const jobPath = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;

  /** One request; no answer becomes `network_error`, an error status its SukushoApiError. */
  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(url(path), {
        ...init,
        headers: { ...commonHeaders, ...(init.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      if (init.signal?.aborted) throw abortReason(init.signal);
      throw unreachable(error);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function readJson<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new SukushoApiError(
        response.status,
        "unexpected_response",
        `The server's answer to ${response.url || "a request"} does not fit the API (${summarizeIssues(parsed.error)}); are the client and the server the same version?`,
        parsed.error.issues,
      );
    }
    return parsed.data;
  }

  async function upload(files: readonly UploadFile[], uploadOptions: UploadOptions = {}): Promise<CreatedJob[]> {
    const form = new FormData();
    if (uploadOptions.extractor) form.append("extractor", uploadOptions.extractor);
    if (uploadOptions.kind) form.append("kind", uploadOptions.kind);
    if (uploadOptions.allowImage !== undefined) form.append("allowImage", String(uploadOptions.allowImage));
    if (uploadOptions.fields) form.append("fields", JSON.stringify(uploadOptions.fields));
    const timeZone = uploadOptions.timeZone === undefined ? deviceTimeZone() : uploadOptions.timeZone;
    if (timeZone) form.append("timeZone", timeZone);
    const capturedAt = files.map((file) => (file.capturedAt ? new Date(file.capturedAt).toISOString() : null));
    if (capturedAt.some((time) => time !== null)) form.append("capturedAt", JSON.stringify(capturedAt));
    for (const file of files) form.append("file", toBlob(file), file.name || "screenshot.png");
    const response = await retryWhenRateLimited(
      () => send("/api/jobs", { method: "POST", body: form, signal: uploadOptions.signal }),
      { signal: uploadOptions.signal, onWait: uploadOptions.onRateLimited, maxWaits: uploadOptions.maxRateLimitWaits },
    );
    return (await readJson(response, createJobsResponseSchema)).jobs;
  }

  async function getJob(id: string, init: { signal?: AbortSignal } = {}): Promise<JobSnapshot> {
    return readJson(await send(jobPath(id), { signal: init.signal }), jobSnapshotSchema);
  }

  async function listJobs(init: { limit?: number; signal?: AbortSignal } = {}): Promise<JobSnapshot[]> {
    const query = init.limit === undefined ? "" : `?limit=${encodeURIComponent(String(init.limit))}`;
    return (await readJson(await send(`/api/jobs${query}`, { signal: init.signal }), jobListResponseSchema)).jobs;
  }

  async function deleteJob(id: string, init: { signal?: AbortSignal } = {}): Promise<void> {
    const response = await send(jobPath(id), { method: "DELETE", signal: init.signal });
    await response.body?.cancel();
  }

  async function config(init: { signal?: AbortSignal } = {}): Promise<PublicConfig> {
    return readJson(await send("/api/config", { signal: init.signal }), publicConfigSchema);
  }

  async function* follow(
    jobId: string,
    followOptions: FollowOptions = {},
  ): AsyncGenerator<SukushoEvent, FollowEnd, undefined> {
    const signal = followOptions.signal;
    const maxRetries = followOptions.maxRetries ?? DEFAULT_MAX_RETRIES;
    const idleTimeoutMs = followOptions.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    let retryMs = followOptions.retryMs ?? DEFAULT_RETRY_MS;
    let lastId = followOptions.lastEventId ?? 0;
    let failures = 0;

    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      // One controller per connection: aborted by the caller's signal, by the idle timer, and
      // when this connection is done with (so an early `break` closes it too).
      const connection = new AbortController();
      const onAbort = () => connection.abort(abortReason(signal));
      signal?.addEventListener("abort", onAbort, { once: true });
      let idleTimer: ReturnType<typeof setTimeout> | undefined;
      const touch = () => {
        if (idleTimeoutMs <= 0) return;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(
          () => connection.abort(new Error(`no data for ${idleTimeoutMs} ms: the stream looks dead`)),
          idleTimeoutMs,
        );
      };

      const pending: SukushoEvent[] = [];
      let sawNew = false;
      let error: unknown = new SukushoApiError(0, "stream_ended", "The event stream ended before the job finished.");
      const parser = new SseParser({
        onEvent: (raw) => {
          const id = Number(raw.id);
          if (raw.id === undefined || !Number.isSafeInteger(id) || id <= lastId) return;
          lastId = id;
          sawNew = true;
          try {
            pending.push(decodeEvent(raw));
          } catch (invalid) {
            followOptions.onInvalidEvent?.(raw, invalid);
          }
        },
        onRetry: (ms) => {
          retryMs = ms;
        },
      });

      try {
        const headers: Record<string, string> = { ...commonHeaders, Accept: "text/event-stream" };
        if (lastId > 0) headers["Last-Event-ID"] = String(lastId);
        touch();
        let response: Response | undefined;
        try {
          response = await untilAborted(
            fetchImpl(url(`${jobPath(jobId)}/events`), { headers, signal: connection.signal }),
            connection.signal,
          );
        } catch (cause) {
          if (signal?.aborted) throw abortReason(signal);
          error = unreachable(cause);
        }

        if (response?.status === 204) return { reason: "no_content", lastEventId: lastId };
        if (response && !response.ok) {
          const failed = await errorFrom(response);
          // A proxy or an instance in trouble may well answer next time; anything else will not.
          if (response.status < 500 && response.status !== 408 && response.status !== 429) throw failed;
          error = failed;
        } else if (response) {
          const type = response.headers.get("content-type") ?? "";
          if (!type.includes("text/event-stream") || !response.body) {
            await response.body?.cancel();
            throw new SukushoApiError(
              response.status,
              "unexpected_response",
              `Expected an event stream from ${response.url || "the server"}, got ${type || "no content type"}.`,
            );
          }
          const reader = response.body.getReader();
          // Real fetches break the body when their signal aborts; this also covers those that do not.
          const stopReading = () => reader.cancel(connection.signal.reason).catch(() => {});
          connection.signal.addEventListener("abort", stopReading, { once: true });
          try {
            for (;;) {
              let chunk: ReadableStreamReadResult<Uint8Array>;
              try {
                chunk = await reader.read();
              } catch (cause) {
                if (signal?.aborted) throw abortReason(signal);
                error = broken(connection.signal.aborted ? connection.signal.reason : cause);
                break;
              }
              if (signal?.aborted) throw abortReason(signal);
              if (chunk.done) {
                if (connection.signal.aborted) error = broken(connection.signal.reason);
                break;
              }
              touch();
              parser.feed(chunk.value);
              while (pending.length > 0) {
                const event = pending.shift() as SukushoEvent;
                followOptions.onEvent?.(event);
                yield event;
                if (isFinalEvent(event)) return { reason: "done", lastEventId: lastId };
              }
            }
          } finally {
            connection.signal.removeEventListener("abort", stopReading);
            reader.cancel().catch(() => {});
          }
        }
      } finally {
        clearTimeout(idleTimer);
        signal?.removeEventListener("abort", onAbort);
        connection.abort();
      }

      // The connection ended without the final event: try again, unless nothing comes of it.
      failures = sawNew ? 1 : failures + 1;
      if (failures > maxRetries) throw error;
      const delayMs = Math.min(retryMs * 2 ** (failures - 1), Math.max(retryMs, MAX_BACKOFF_MS));
      followOptions.onReconnect?.({ attempt: failures, delayMs, lastEventId: lastId, error });
      await sleep(delayMs, signal);
    }
  }

  async function wait(jobId: string, followOptions: FollowOptions = {}): Promise<JobOutcome> {
    const events = follow(jobId, followOptions);
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      if (next.value.type === "job.done") return next.value.data;
    }
    // 204: the job finished before what we had seen; its snapshot holds the outcome.
    const snapshot = await getJob(jobId, { signal: followOptions.signal });
    if (snapshot.status === "succeeded" && snapshot.result) return { status: "succeeded", result: snapshot.result };
    if (snapshot.status === "failed") {
      return {
        status: "failed",
        error: snapshot.error ?? { code: "job_failed", message: "The job failed without saying why." },
      };
    }
    throw new SukushoApiError(
      200,
      "unexpected_response",
      `The server said job ${jobId} has no more events, but it is ${snapshot.status}.`,
    );
  }

  async function extract(
    files: readonly UploadFile[],
    uploadOptions: UploadOptions = {},
    followOptions: {
      onEvent?: (event: SukushoEvent, job: CreatedJob, index: number) => void;
      signal?: AbortSignal;
      maxRetries?: number;
    } = {},
  ): Promise<ExtractResult[]> {
    const signal = followOptions.signal ?? uploadOptions.signal;
    const jobs = await upload(files, { ...uploadOptions, signal });
    return Promise.all(
      jobs.map(async (job, index): Promise<ExtractResult> => {
        try {
          const outcome = await wait(job.id, {
            signal,
            maxRetries: followOptions.maxRetries,
            onEvent: (event) => followOptions.onEvent?.(event, job, index),
          });
          return outcome.status === "succeeded" ? { job, result: outcome.result } : { job, error: outcome.error };
        } catch (error) {
          if (signal?.aborted || !(error instanceof SukushoApiError)) throw error;
          return { job, error: { code: error.code, message: error.message } };
        }
      }),
    );
  }

  return { baseUrl, upload, getJob, listJobs, deleteJob, config, follow, wait, extract };
}
