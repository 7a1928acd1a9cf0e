import type pg from "pg";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";

/** One counter: `points` per `windowSeconds` for each key, counted under the prefix `name`. */
export interface LimiterSpec {
  name: string;
  points: number;
  windowSeconds: number;
}

/** Builds the counters of one store; every counter of a limit set comes from the same store. */
export type LimiterFactory = (spec: LimiterSpec) => RateLimiterAbstract;

/** The table `prisma/postgresql/migrations/…_rate_limits` creates; one for every counter. */
export const RATE_LIMIT_TABLE = "RateLimit";

/** Counts in this process's memory: right for the embedded mode, where one process serves all. */
export const memoryLimiters: LimiterFactory = (spec) =>
  new RateLimiterMemory({ keyPrefix: spec.name, points: spec.points, duration: spec.windowSeconds });

/**
 * Counts in PostgreSQL, so that every web instance behind the balancer shares one count. The
 * table comes from a migration (`tableCreated: true`: the library never runs DDL at request
 * time). When the database cannot be reached, each instance counts in its own memory meanwhile
 * (the insurance limiter) rather than refusing every upload or letting every one through.
 */
export function postgresLimiters(pool: pg.Pool): LimiterFactory {
  let sweeper = true;
  return (spec) => {
    // Expired rows are deleted by one counter's timer; the others' would sweep the same table.
    const clearExpiredByTimeout = sweeper;
    sweeper = false;
    return new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout,
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.windowSeconds,
      insuranceLimiter: memoryLimiters(spec),
    });
  };
}
