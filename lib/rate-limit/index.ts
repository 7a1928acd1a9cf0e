import { isSqliteUrl } from "@/lib/db/sqlite-url";
import { type Env, env } from "@/lib/env";
import { type LimiterFactory, memoryLimiters, postgresLimiters } from "@/lib/rate-limit/limiter-factory";
import { createLimiterPool } from "@/lib/rate-limit/limiter-pool";
import { createRateLimits, type RateLimitSettings, type RateLimits } from "@/lib/rate-limit/rate-limits";

/**
 * This process's rate limits (docs/rate-limits.md), built once from the configuration: in
 * memory when embedded (one process sees every request), in PostgreSQL when scaled out (every
 * instance shares the count). Kept on `globalThis` because Next.js may load this module twice
 * in one process, and two copies would each let the full allowance through.
 */
const globalForLimits = globalThis as unknown as { sukushoRateLimits?: RateLimits };

/** The settings of the environment, grouped by what they limit. */
export function rateLimitSettings(config: Env): RateLimitSettings {
  return {
    uploads: {
      perUser: config.RATE_LIMIT_UPLOADS_PER_USER,
      perIp: config.RATE_LIMIT_UPLOADS_PER_IP,
      windowSeconds: config.RATE_LIMIT_UPLOADS_WINDOW_SECONDS,
    },
    signIns: {
      perAccount: config.RATE_LIMIT_SIGNINS_PER_ACCOUNT,
      perIp: config.RATE_LIMIT_SIGNINS_PER_IP,
      windowSeconds: config.RATE_LIMIT_SIGNINS_WINDOW_SECONDS,
    },
  };
}

function storeFor(config: Env): LimiterFactory {
  return isSqliteUrl(config.DATABASE_URL) ? memoryLimiters : postgresLimiters(createLimiterPool(config.DATABASE_URL));
}

/** The limits of this process. */
export function rateLimits(): RateLimits {
  if (globalForLimits.sukushoRateLimits) return globalForLimits.sukushoRateLimits;
  const config = env();
  const created = createRateLimits(rateLimitSettings(config), storeFor(config));
  globalForLimits.sukushoRateLimits = created;
  return created;
}

/** {@link RateLimits.consumeUpload} of this process: call after reading the form, before storing. */
export const consumeUpload: RateLimits["consumeUpload"] = (input) => rateLimits().consumeUpload(input);

/** {@link RateLimits.consumeSignIn} of this process: call before checking the credentials. */
export const consumeSignIn: RateLimits["consumeSignIn"] = (input) => rateLimits().consumeSignIn(input);

/** {@link RateLimits.rewardSignIn} of this process: call after a successful sign-in. */
export const rewardSignIn: RateLimits["rewardSignIn"] = (input) => rateLimits().rewardSignIn(input);
