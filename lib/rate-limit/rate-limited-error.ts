import { AppError } from "@/lib/errors";

/** What was limited: the words of the 429's message. */
export type LimitedAction = "uploads" | "sign_ins";

const WHAT: Record<LimitedAction, string> = {
  uploads: "Too many uploads",
  sign_ins: "Too many sign-in attempts",
};

/** Whole seconds until the window ends, at least 1: a client that waits that long gets through. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/**
 * The 429 a limited request gets: `Retry-After` in seconds (RFC 9110) and the same number in
 * `details.retryAfterSeconds`, for clients that read the body rather than the headers.
 */
export function rateLimitedError(action: LimitedAction, msBeforeNext: number): AppError {
  const seconds = retryAfterSeconds(msBeforeNext);
  return new AppError(
    "rate_limited",
    `${WHAT[action]}: try again in ${seconds} s.`,
    429,
    { retryAfterSeconds: seconds },
    { "Retry-After": String(seconds) },
  );
}
