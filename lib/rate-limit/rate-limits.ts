import { createHash } from "node:crypto";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { addressKey } from "@/lib/rate-limit/address-key";
import type { LimiterFactory } from "@/lib/rate-limit/limiter-factory";
import { type LimitedAction, rateLimitedError } from "@/lib/rate-limit/rate-limited-error";

/** The numbers of docs/rate-limits.md; a limit of 0 is off. */
export interface RateLimitSettings {
  uploads: { perUser: number; perIp: number; windowSeconds: number };
  signIns: { perAccount: number; perIp: number; windowSeconds: number };
}

/** The checks every request that uploads or signs in passes; each throws the 429 when over. */
export interface RateLimits {
  /**
   * Counts `files` screenshots (not requests: one request may carry ten) against the user, when
   * someone is signed in, and against the client's address. Over either limit: 429
   * `rate_limited`; more files at once than a limit allows at all: 413 `too_many_files`.
   */
  consumeUpload(input: { userId: string | null; ip: string; files: number }): Promise<void>;
  /** Counts one sign-in attempt against the account (as typed) and against the client's address. */
  consumeSignIn(input: { account: string; ip: string }): Promise<void>;
  /** A successful sign-in: the account's failed attempts are forgotten (the address's are not). */
  rewardSignIn(input: { account: string }): Promise<void>;
}

interface Check {
  limiter: RateLimiterAbstract;
  key: string;
  points: number;
}

/**
 * The account as a key: case and surrounding spaces do not make a new account, and the table
 * holds a digest, not people's e-mail addresses.
 */
export function accountKey(account: string): string {
  return createHash("sha256").update(account.trim().toLowerCase()).digest("hex").slice(0, 32);
}

/**
 * Every counter is consumed, also when another already refused, so that a client looping past
 * 429s stays over the limit everywhere; the wait it is told is the longest of the refusals.
 */
async function consumeAll(checks: Check[], action: LimitedAction): Promise<void> {
  const outcomes = await Promise.allSettled(checks.map((check) => check.limiter.consume(check.key, check.points)));
  let waitMs = -1;
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") continue;
    // The library rejects with its result object when over the limit, with an Error when the
    // store failed (and no insurance limiter took over): that one is a real failure.
    const reason: unknown = outcome.reason;
    if (reason instanceof Error || typeof (reason as { msBeforeNext?: unknown })?.msBeforeNext !== "number") {
      throw reason;
    }
    waitMs = Math.max(waitMs, (reason as { msBeforeNext: number }).msBeforeNext);
  }
  if (waitMs >= 0) throw rateLimitedError(action, waitMs);
}

/** The limit set, its counters built once from `settings` in the store `factory` makes. */
export function createRateLimits(settings: RateLimitSettings, factory: LimiterFactory): RateLimits {
  const counter = (name: string, points: number, windowSeconds: number) =>
    points > 0 ? { limiter: factory({ name, points, windowSeconds }), points } : null;
  const { uploads, signIns } = settings;
  const uploadsPerUser = counter("uploads-user", uploads.perUser, uploads.windowSeconds);
  const uploadsPerIp = counter("uploads-ip", uploads.perIp, uploads.windowSeconds);
  const signInsPerAccount = counter("signins-account", signIns.perAccount, signIns.windowSeconds);
  const signInsPerIp = counter("signins-ip", signIns.perIp, signIns.windowSeconds);

  return {
    async consumeUpload({ userId, ip, files }) {
      const checks: Check[] = [];
      if (uploadsPerUser && userId !== null) checks.push({ ...uploadsPerUser, key: userId, points: files });
      if (uploadsPerIp) checks.push({ ...uploadsPerIp, key: addressKey(ip), points: files });
      // A request larger than a whole window's allowance would be refused after every wait.
      const smallest = Math.min(...checks.map((check) => check.limiter.points));
      if (files > smallest) {
        throw new AppError(
          "too_many_files",
          `At most ${smallest} screenshots can be uploaded per ${uploads.windowSeconds} s; send fewer at once.`,
          413,
        );
      }
      await consumeAll(checks, "uploads");
    },

    async consumeSignIn({ account, ip }) {
      const checks: Check[] = [];
      if (signInsPerAccount) checks.push({ ...signInsPerAccount, key: accountKey(account), points: 1 });
      if (signInsPerIp) checks.push({ ...signInsPerIp, key: addressKey(ip), points: 1 });
      await consumeAll(checks, "sign_ins");
    },

    async rewardSignIn({ account }) {
      await signInsPerAccount?.limiter.delete(accountKey(account));
    },
  };
}
