/**
 * Applies the migrations for the configured database, offline: prisma/migrations for SQLite,
 * prisma/postgresql/migrations for PostgreSQL. `npm start`, the Docker image and the tests run
 * it; on a machine with Prisma's engines, `prisma migrate deploy` does the same job.
 */
import { applySqliteMigrations } from "@/lib/db/migrate";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import type { MigrationResult } from "@/lib/db/migrations";
import { isSqliteUrl, sqliteFilePath } from "@/lib/db/sqlite-url";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const url = env().DATABASE_URL;
  const sqlite = isSqliteUrl(url);
  const where = sqlite ? sqliteFilePath(url) : new URL(url).host + new URL(url).pathname;
  const result: MigrationResult = sqlite
    ? applySqliteMigrations({ file: sqliteFilePath(url), migrationsDir: "prisma/migrations" })
    : await applyPostgresMigrations({ url, migrationsDir: "prisma/postgresql/migrations" });
  const applied = result.applied.length > 0 ? `applied ${result.applied.join(", ")}` : "nothing to apply";
  console.log(`[migrate] ${where}: ${applied} (${result.alreadyApplied.length} already applied)`);
}

main().catch((error) => {
  console.error(`[migrate] ${(error as Error).message}`);
  process.exit(1);
});
