import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { RetryableError } from "@/lib/extract/llm/retryable-error";
import { type RetryNotice, withRetries } from "@/lib/extract/llm/with-retries";

const policy = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 1_000 };

function failing(errors: Error[], result = "ok") {
  let calls = 0;
  return {
    call: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return result;
    },
    calls: () => calls,
  };
}

describe("withRetries", () => {
  it("retries retry-worthy failures with growing waits and reports each one first", async () => {
    const notices: RetryNotice[] = [];
    const attempt = failing([new RetryableError("429", 429), new RetryableError("500", 500)]);
    const result = await withRetries(attempt.call, {
      policy,
      signal: new AbortController().signal,
      onRetry: (notice) => notices.push(notice),
      random: () => 0,
    });
    expect(result).toBe("ok");
    expect(attempt.calls()).toBe(3);
    expect(notices).toEqual([
      { attempt: 2, maxAttempts: 3, waitMs: 10, reason: "429", status: 429 },
      { attempt: 3, maxAttempts: 3, waitMs: 20, reason: "500", status: 500 },
    ]);
  });

  it("waits as long as retry-after says", async () => {
    const notices: RetryNotice[] = [];
    const started = performance.now();
    await withRetries(failing([new RetryableError("429", 429, 120)]).call, {
      policy,
      signal: new AbortController().signal,
      onRetry: (notice) => notices.push(notice),
    });
    expect(notices[0]?.waitMs).toBe(120);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("gives up after the last attempt with the last reason", async () => {
    const attempt = failing([
      new RetryableError("stalled"),
      new RetryableError("stalled"),
      new RetryableError("dropped"),
    ]);
    const error = await withRetries(attempt.call, {
      policy,
      signal: new AbortController().signal,
      onRetry: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("llm_unavailable");
    expect((error as AppError).message).toContain("dropped");
    expect(attempt.calls()).toBe(3);
  });

  it("does not retry a final failure", async () => {
    const attempt = failing([new AppError("llm_refused", "no", 422)]);
    await expect(
      withRetries(attempt.call, { policy, signal: new AbortController().signal, onRetry: () => {} }),
    ).rejects.toMatchObject({ code: "llm_refused" });
    expect(attempt.calls()).toBe(1);
  });

  it("refuses to wait longer than allowed", async () => {
    await expect(
      withRetries(failing([new RetryableError("429", 429, 5_000)]).call, {
        policy,
        signal: new AbortController().signal,
        onRetry: () => {},
      }),
    ).rejects.toMatchObject({ code: "llm_rate_limited" });
  });

  it("stops waiting when the step is aborted", async () => {
    const controller = new AbortController();
    const pending = withRetries(failing([new RetryableError("429", 429, 900)]).call, {
      policy,
      signal: controller.signal,
      onRetry: () => setTimeout(() => controller.abort(new Error("step timed out")), 10),
    });
    await expect(pending).rejects.toThrow("step timed out");
  });
});
