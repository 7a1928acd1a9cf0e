import pg from "pg";

/** How long a count may wait for PostgreSQL before the insurance counter answers instead. */
export const STORE_TIMEOUT_MS = 3_000;

/**
 * The rate limits' own small pool: one short upsert per check, never inside a Prisma
 * transaction. Short timeouts, so that a database that hangs hands the count to the in-memory
 * insurance counter within seconds instead of holding every upload; idle connections never
 * keep a stopping process alive.
 */
export function createLimiterPool(url: string, timeoutMs = STORE_TIMEOUT_MS): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    allowExitOnIdle: true,
  });
  // An idle connection the server dropped must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.warn("[sukusho] rate-limit pool:", error.message));
  return pool;
}
