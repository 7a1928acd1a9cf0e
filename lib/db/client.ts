import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isSqliteUrl, sqliteFilePath } from "@/lib/db/sqlite-url";
import { YieldingSqliteAdapter } from "@/lib/db/yielding-sqlite-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";

/**
 * One Prisma client per process, for the database DATABASE_URL names.
 * - SQLite (the embedded default): better-sqlite3 is synchronous and each query runs whole, so
 *   concurrent pipeline tasks never interleave inside a statement; in the app each statement
 *   waits its turn of the event loop (SQLITE_YIELD), so that a chain of them does not hold up
 *   requests.
 * - PostgreSQL: a pool (`pg`), so concurrent tasks each get their own connection for a query
 *   or a transaction, never one shared connection.
 * Prisma generates a client per provider; both come from the same models (the PostgreSQL
 * schema is derived from the SQLite one), so the PostgreSQL client is typed as the SQLite one.
 */
const globalForDb = globalThis as unknown as { sukushoDb?: PrismaClient };

/** Connections per process in PostgreSQL mode: the pipeline, the streams' replays, the API. */
const POSTGRES_POOL_SIZE = 10;

export function createClient(
  url: string,
  options: {
    /** SQLite: each statement outside a transaction waits one event-loop turn (yielding-sqlite-adapter.ts). */
    yieldEachStatement?: boolean;
  } = {},
): PrismaClient {
  if (isSqliteUrl(url)) {
    // Wait for a writer instead of failing with SQLITE_BUSY.
    const config = { url: sqliteFilePath(url), timeout: 10_000 };
    // Each statement in its own event-loop turn, so query chains do not hold up requests.
    const adapter = options.yieldEachStatement ? new YieldingSqliteAdapter(config) : new PrismaBetterSqlite3(config);
    return new PrismaClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: POSTGRES_POOL_SIZE });
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}

export function db(): PrismaClient {
  const config = env();
  globalForDb.sukushoDb ??= createClient(config.DATABASE_URL, { yieldEachStatement: config.SQLITE_YIELD });
  return globalForDb.sukushoDb;
}
