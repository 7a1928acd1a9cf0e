/**
 * Waiting out a 429 and trying again, for the page and the typed client (the CLI) alike. The
 * server says how long to wait (`Retry-After`, and `details.retryAfterSeconds` in the body);
 * the caller is told before every wait so it can show it ("retrying in 12 s").
 */

/** The wait when a 429 names none (a proxy's own 429, say). */
export const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 10;
/** Waits per call before the 429 is passed on: a limit that keeps refusing is no burst. */
export const DEFAULT_MAX_RATE_LIMIT_WAITS = 5;

/**
 * `Retry-After` as seconds: a number of seconds, or an HTTP date (RFC 9110 §10.2.3) measured
 * from `now`. Null when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  // Only a date with a weekday or month name: Date.parse takes "-3" for a year.
  if (!/[a-z]{3}/i.test(value)) return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The `details` of a 429 with `retryAfterSeconds` filled from the header when the body did not
 * carry it, so that every rate-limited error says how long to wait the same way.
 */
export function withRetryAfter(details: unknown, header: string | null): unknown {
  const seconds = parseRetryAfter(header);
  if (seconds === null) return details;
  if (typeof details === "object" && details !== null && !Array.isArray(details)) {
    return "retryAfterSeconds" in details ? details : { ...details, retryAfterSeconds: seconds };
  }
  return details === undefined ? { retryAfterSeconds: seconds } : details;
}

/** An error response's details, with a 429's wait from its `Retry-After` header (a proxy's 429 has no body). */
export function responseErrorDetails(response: Response, details: unknown): unknown {
  return response.status === 429 ? withRetryAfter(details, response.headers.get("Retry-After")) : details;
}

/** The seconds a rate-limited error asks to wait, or null for any other error. */
export function rateLimitWaitSeconds(error: unknown): number | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, details } = error as { status?: unknown; details?: unknown };
  if (status !== 429) return null;
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0
    ? seconds
    : DEFAULT_RATE_LIMIT_WAIT_SECONDS;
}

/** A wait about to begin. `until` is a `Date.now()` time, for a countdown. */
export interface RateLimitWait {
  seconds: number;
  until: number;
  /** 1 for the first wait of this call. */
  attempt: number;
}

export interface RateLimitRetryOptions {
  /** Called before each wait. */
  onWait?: (wait: RateLimitWait) => void;
  /** Called when a wait is over and the call is about to be made again. */
  onRetry?: () => void;
  signal?: AbortSignal;
  /** Waits before giving up with the 429 (default {@link DEFAULT_MAX_RATE_LIMIT_WAITS}). */
  maxWaits?: number;
  /** Tests pass a fake clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Resolves after `ms`, or rejects with the signal's reason when it is aborted first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs `call`; while it fails with a 429, waits as long as the server asked (telling
 * `onWait` first) and runs it again. Any other error, or a 429 after `maxWaits` waits, is
 * thrown as it came.
 */
export async function retryWhenRateLimited<T>(call: () => Promise<T>, options: RateLimitRetryOptions = {}): Promise<T> {
  const maxWaits = options.maxWaits ?? DEFAULT_MAX_RATE_LIMIT_WAITS;
  const pause = options.sleep ?? sleep;
  for (let waits = 0; ; waits++) {
    try {
      return await call();
    } catch (error) {
      const seconds = rateLimitWaitSeconds(error);
      if (seconds === null || waits >= maxWaits || options.signal?.aborted) throw error;
      options.onWait?.({ seconds, until: Date.now() + seconds * 1000, attempt: waits + 1 });
      await pause(seconds * 1000, options.signal);
      options.onRetry?.();
    }
  }
}
