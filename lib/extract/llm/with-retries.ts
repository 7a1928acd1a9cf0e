import { AppError } from "@/lib/errors";
import { RetryableError } from "@/lib/extract/llm/retryable-error";

/**
 * Retries a model call that failed in a retry-worthy way, waiting as the endpoint asks
 * (retry-after) or with exponential backoff and jitter, and tells the caller about every wait
 * before it starts, so the user sees it. The wait is cut short when the step is aborted.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** An endpoint asking us to wait longer than this is not waited for. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, "maxAttempts"> = {
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

export interface RetryNotice {
  /** The attempt about to be made (2 for the first retry). */
  attempt: number;
  maxAttempts: number;
  waitMs: number;
  reason: string;
  status?: number;
}

export async function withRetries<T>(
  call: (attempt: number) => Promise<T>,
  options: {
    policy: RetryPolicy;
    signal: AbortSignal;
    onRetry: (notice: RetryNotice) => void;
    random?: () => number;
  },
): Promise<T> {
  const { policy } = options;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      if (attempt >= policy.maxAttempts) {
        throw new AppError(
          "llm_unavailable",
          `The model could not answer after ${policy.maxAttempts} attempt${policy.maxAttempts > 1 ? "s" : ""}: ${error.message}`,
          503,
        );
      }
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) {
        throw new AppError(
          "llm_rate_limited",
          `The model endpoint asked us to wait ${Math.ceil(error.retryAfterMs / 1000)} s before trying again, longer than we wait.`,
          503,
        );
      }
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const waitMs = Math.round(error.retryAfterMs ?? backoff + random() * policy.baseDelayMs);
      options.onRetry({
        attempt: attempt + 1,
        maxAttempts: policy.maxAttempts,
        waitMs,
        reason: error.message,
        status: error.status,
      });
      await sleep(waitMs, options.signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
