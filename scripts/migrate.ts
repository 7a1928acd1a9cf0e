/**
 * Applies prisma/migrations to the configured database, offline. `npm start` and `npm test`
 * run it; on a machine with Prisma's engines, `prisma migrate deploy` does the same job.
 */
import { applySqliteMigrations } from "@/lib/db/migrate";
import { isSqliteUrl, sqliteFilePath } from "@/lib/db/sqlite-url";
import { env } from "@/lib/env";

const url = env().DATABASE_URL;
if (!isSqliteUrl(url)) {
  console.error("scripts/migrate.ts applies SQLite migrations; set DATABASE_URL=file:… or use prisma migrate deploy.");
  process.exit(1);
}
try {
  const result = applySqliteMigrations({ file: sqliteFilePath(url), migrationsDir: "prisma/migrations" });
  const applied = result.applied.length > 0 ? `applied ${result.applied.join(", ")}` : "nothing to apply";
  console.log(`[migrate] ${sqliteFilePath(url)}: ${applied} (${result.alreadyApplied.length} already applied)`);
} catch (error) {
  console.error(`[migrate] ${(error as Error).message}`);
  process.exit(1);
}
