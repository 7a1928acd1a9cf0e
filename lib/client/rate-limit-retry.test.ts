import { describe, expect, it } from "vitest";
import {
  DEFAULT_RATE_LIMIT_WAIT_SECONDS,
  parseRetryAfter,
  type RateLimitWait,
  rateLimitWaitSeconds,
  retryWhenRateLimited,
  withRetryAfter,
} from "@/lib/client/rate-limit-retry";

const limited = (seconds?: number) =>
  Object.assign(new Error("Too many uploads"), {
    status: 429,
    details: seconds === undefined ? undefined : { retryAfterSeconds: seconds },
  });

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates; nothing else", () => {
    expect(parseRetryAfter("12")).toBe(12);
    expect(parseRetryAfter(" 0 ")).toBe(0);
    const now = Date.parse("2026-12-05T01:00:00Z");
    expect(parseRetryAfter("Sat, 05 Dec 2026 01:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("Sat, 05 Dec 2026 00:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter("-3")).toBeNull();
  });
});

describe("withRetryAfter", () => {
  it("adds the header's wait when the body named none, and keeps the body's when it did", () => {
    expect(withRetryAfter(undefined, "7")).toEqual({ retryAfterSeconds: 7 });
    expect(withRetryAfter({ other: 1 }, "7")).toEqual({ other: 1, retryAfterSeconds: 7 });
    expect(withRetryAfter({ retryAfterSeconds: 3 }, "7")).toEqual({ retryAfterSeconds: 3 });
    expect(withRetryAfter({ a: 1 }, null)).toEqual({ a: 1 });
  });
});

describe("rateLimitWaitSeconds", () => {
  it("is the wait of a 429, a default when it names none, and null for anything else", () => {
    expect(rateLimitWaitSeconds(limited(12))).toBe(12);
    expect(rateLimitWaitSeconds(limited())).toBe(DEFAULT_RATE_LIMIT_WAIT_SECONDS);
    expect(rateLimitWaitSeconds(Object.assign(new Error("x"), { status: 413 }))).toBeNull();
    expect(rateLimitWaitSeconds(new Error("x"))).toBeNull();
    expect(rateLimitWaitSeconds(null)).toBeNull();
  });
});

describe("retryWhenRateLimited", () => {
  it("waits as long as the server asked, says so first, and tries again", async () => {
    const slept: number[] = [];
    const waits: RateLimitWait[] = [];
    let calls = 0;
    const result = await retryWhenRateLimited(
      async () => {
        calls++;
        if (calls < 3) throw limited(calls * 5);
        return "uploaded";
      },
      { onWait: (wait) => waits.push(wait), sleep: async (ms) => void slept.push(ms) },
    );
    expect(result).toBe("uploaded");
    expect(calls).toBe(3);
    expect(slept).toEqual([5_000, 10_000]);
    expect(waits.map(({ seconds, attempt }) => ({ seconds, attempt }))).toEqual([
      { seconds: 5, attempt: 1 },
      { seconds: 10, attempt: 2 },
    ]);
    expect(waits[0]?.until).toBeGreaterThan(Date.now());
  });

  it("passes any other error on at once", async () => {
    let calls = 0;
    const refused = Object.assign(new Error("unsupported"), { status: 415 });
    await expect(
      retryWhenRateLimited(
        async () => {
          calls++;
          throw refused;
        },
        { sleep: async () => {} },
      ),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it("gives up with the 429 after maxWaits waits", async () => {
    let calls = 0;
    await expect(
      retryWhenRateLimited(
        async () => {
          calls++;
          throw limited(1);
        },
        { maxWaits: 2, sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ status: 429 });
    expect(calls).toBe(3);
  });

  it("stops waiting when aborted", async () => {
    const controller = new AbortController();
    const attempt = retryWhenRateLimited(
      async () => {
        throw limited(60);
      },
      { signal: controller.signal, onWait: () => controller.abort(new Error("stopped")) },
    );
    await expect(attempt).rejects.toThrow("stopped");
  });
});
