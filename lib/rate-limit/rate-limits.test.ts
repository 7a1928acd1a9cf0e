import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { memoryLimiters } from "@/lib/rate-limit/limiter-factory";
import { accountKey, createRateLimits, type RateLimitSettings } from "@/lib/rate-limit/rate-limits";

const small: RateLimitSettings = {
  uploads: { perUser: 5, perIp: 8, windowSeconds: 60 },
  signIns: { perAccount: 3, perIp: 5, windowSeconds: 900 },
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("consumeUpload", () => {
  it("counts files, not requests, and refuses with a 429 and the wait once over", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    await limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 3 });
    await limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 2 });
    const error = await refusal(limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 1 }));
    expect(error.code).toBe("rate_limited");
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/^Too many uploads: try again in \d+ s\.$/);
    const seconds = (error.details as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(seconds).toBeGreaterThanOrEqual(59);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(error.headers).toEqual({ "Retry-After": String(seconds) });
  });

  it("keeps users apart, and limits an address whoever uploads from it", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    await limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 5 });
    await expect(limits.consumeUpload({ userId: "u1", ip: "192.0.2.9", files: 1 })).rejects.toThrow(AppError);
    // Another person behind the same address still has the address's remaining 3.
    await limits.consumeUpload({ userId: "u2", ip: "192.0.2.1", files: 3 });
    await expect(limits.consumeUpload({ userId: "u3", ip: "192.0.2.1", files: 1 })).rejects.toThrow(AppError);
  });

  it("without a signed-in user, counts by address only; an IPv6 /64 is one address", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    await limits.consumeUpload({ userId: null, ip: "2001:db8::1", files: 8 });
    const error = await refusal(limits.consumeUpload({ userId: null, ip: "2001:db8::2", files: 1 }));
    expect(error.code).toBe("rate_limited");
    await limits.consumeUpload({ userId: null, ip: "2001:db8:0:1::1", files: 1 });
  });

  it("refuses a request larger than a whole window's allowance with 413, counting nothing", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    const error = await refusal(limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 6 }));
    expect(error.code).toBe("too_many_files");
    expect(error.status).toBe(413);
    await limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 5 });
  });

  it("lets everything through when the limits are 0 (off)", async () => {
    const off: RateLimitSettings = {
      uploads: { perUser: 0, perIp: 0, windowSeconds: 60 },
      signIns: { perAccount: 0, perIp: 0, windowSeconds: 900 },
    };
    const limits = createRateLimits(off, memoryLimiters);
    for (let i = 0; i < 20; i++) {
      await limits.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 10 });
      await limits.consumeSignIn({ account: "a@example.com", ip: "192.0.2.1" });
    }
  });

  it("opens again when the window has passed", async () => {
    const limits = createRateLimits({ ...small, uploads: { perUser: 2, perIp: 2, windowSeconds: 1 } }, memoryLimiters);
    await limits.consumeUpload({ userId: null, ip: "192.0.2.1", files: 2 });
    const error = await refusal(limits.consumeUpload({ userId: null, ip: "192.0.2.1", files: 1 }));
    expect(error.details).toEqual({ retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    await limits.consumeUpload({ userId: null, ip: "192.0.2.1", files: 2 });
  });
});

describe("consumeSignIn and rewardSignIn", () => {
  it("limits attempts per account, whatever the case or spaces of the name typed", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    await limits.consumeSignIn({ account: "Ann@Example.com", ip: "192.0.2.1" });
    await limits.consumeSignIn({ account: "ann@example.com ", ip: "192.0.2.2" });
    await limits.consumeSignIn({ account: "ann@example.com", ip: "192.0.2.3" });
    const error = await refusal(limits.consumeSignIn({ account: "ANN@example.com", ip: "192.0.2.4" }));
    expect(error.code).toBe("rate_limited");
    expect(error.message).toMatch(/^Too many sign-in attempts: try again in \d+ s\.$/);
    expect((error.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(890);
    // Another account is not affected.
    await limits.consumeSignIn({ account: "bob@example.com", ip: "192.0.2.5" });
  });

  it("limits attempts per address across accounts (one guesser trying many names)", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    for (let i = 0; i < 5; i++) await limits.consumeSignIn({ account: `user${i}@example.com`, ip: "198.51.100.7" });
    await expect(limits.consumeSignIn({ account: "user9@example.com", ip: "198.51.100.7" })).rejects.toThrow(
      /sign-in attempts/,
    );
  });

  it("a successful sign-in clears the account's count", async () => {
    const limits = createRateLimits(small, memoryLimiters);
    for (let i = 0; i < 3; i++) await limits.consumeSignIn({ account: "ann@example.com", ip: `192.0.2.${i}` });
    await limits.rewardSignIn({ account: "Ann@example.com" });
    await limits.consumeSignIn({ account: "ann@example.com", ip: "192.0.2.50" });
  });

  it("keys an account by a digest, never the address itself", () => {
    expect(accountKey(" Ann@Example.com")).toBe(accountKey("ann@example.com"));
    expect(accountKey("ann@example.com")).toMatch(/^[0-9a-f]{32}$/);
  });
});
