import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "@/lib/db/sqlite-url";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * One Prisma client per process. better-sqlite3 is synchronous and each query runs whole, so
 * concurrent pipeline tasks never interleave inside a statement; the adapter queues
 * transactions. Kept on globalThis so dev-mode reloads do not open new connections.
 */
const globalForDb = globalThis as unknown as { sukushoDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSqlite3({
    url: sqliteFilePath(env().DATABASE_URL),
    // Wait for a writer instead of failing with SQLITE_BUSY.
    timeout: 10_000,
  });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.sukushoDb ??= createClient();
  return globalForDb.sukushoDb;
}
