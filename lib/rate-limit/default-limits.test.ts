import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { rateLimitSettings } from "@/lib/rate-limit";
import { memoryLimiters } from "@/lib/rate-limit/limiter-factory";
import { createRateLimits } from "@/lib/rate-limit/rate-limits";

/** The defaults against the cases docs/rate-limits.md names (no RATE_LIMIT_* set in tests). */
describe("the default limits", () => {
  const settings = rateLimitSettings(env());

  it("let a person drop ten screenshots twice in a row, signed in or not", async () => {
    for (const userId of ["ann", null]) {
      const limits = createRateLimits(settings, memoryLimiters);
      await limits.consumeUpload({ userId, ip: "192.0.2.1", files: 10 });
      await limits.consumeUpload({ userId, ip: "192.0.2.1", files: 10 });
    }
  });

  it("stop a script looping uploads well before the issue's burst of 60", async () => {
    const limits = createRateLimits(settings, memoryLimiters);
    let accepted = 0;
    for (let i = 0; i < 60; i++) {
      try {
        await limits.consumeUpload({ userId: null, ip: "192.0.2.1", files: 1 });
        accepted++;
      } catch {
        // refused: counted below
      }
    }
    expect(accepted).toBe(settings.uploads.perIp);
    expect(accepted).toBeLessThan(60);
    expect(settings.uploads.windowSeconds).toBe(60);
  });

  it("give a signed-in person 30 files a minute, and an address 40 (two people of a home)", () => {
    expect(settings.uploads).toEqual({ perUser: 30, perIp: 40, windowSeconds: 60 });
    expect(settings.signIns).toEqual({ perAccount: 10, perIp: 30, windowSeconds: 900 });
  });
});
