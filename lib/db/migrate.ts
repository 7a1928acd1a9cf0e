import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Applies `prisma/migrations/*\/migration.sql` to a SQLite database without Prisma's native
 * schema engine (which this machine cannot download), recording each one in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does: same table, same sha256
 * checksum of the file. So a database migrated here is one `prisma migrate deploy` accepts,
 * and vice versa. See docs/migrations.md.
 */

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
}

/** Migration folders in the order Prisma applies them (their names sort by timestamp). */
export function listMigrations(migrationsDir: string): { name: string; sql: string }[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sql: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"),
    }));
}

/** Prisma's checksum: sha256 of the file, hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

const now = () => new Date().toISOString().replace("T", " ").replace("Z", "");

/**
 * Brings the database file up to date. Refuses, like Prisma, when an applied migration's
 * file was edited afterwards or a previous run failed half-way.
 */
export function applySqliteMigrations(options: { file: string; migrationsDir: string }): MigrationResult {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  try {
    // WAL lets the stream readers and the pipeline writer work without blocking each other.
    db.pragma("journal_mode = WAL");
    db.exec(MIGRATIONS_TABLE);
    const rows = db
      .prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`)
      .all() as MigrationRow[];
    const done = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const migration of listMigrations(options.migrationsDir)) {
      const checksum = migrationChecksum(migration.sql);
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.finished_at === null) {
          throw new Error(
            `Migration ${migration.name} failed earlier and was not rolled back; fix the database, then mark it rolled back.`,
          );
        }
        if (previous.checksum !== checksum) {
          throw new Error(`Migration ${migration.name} was modified after it was applied.`);
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      applyOne(db, migration.name, migration.sql, checksum);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    db.close();
  }
}

function applyOne(db: Database.Database, name: string, sql: string, checksum: string): void {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, 0)`,
  ).run(id, checksum, name, now());
  try {
    db.transaction(() => db.exec(sql))();
  } catch (error) {
    db.prepare(`UPDATE "_prisma_migrations" SET logs = ? WHERE id = ?`).run(String(error), id);
    throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
  }
  db.prepare(`UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?`).run(now(), id);
}
