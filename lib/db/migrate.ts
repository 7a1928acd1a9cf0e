import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type AppliedRow, listMigrations, type MigrationResult, pendingMigrations } from "@/lib/db/migrations";

export { listMigrations, migrationChecksum } from "@/lib/db/migrations";

/**
 * Applies `prisma/migrations/*\/migration.sql` to a SQLite database without Prisma's native
 * schema engine (which this machine cannot download), recording each one in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does. See docs/migrations.md.
 */

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

const now = () => new Date().toISOString().replace("T", " ").replace("Z", "");

export function applySqliteMigrations(options: { file: string; migrationsDir: string }): MigrationResult {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  try {
    // WAL lets the stream readers and the pipeline writer work without blocking each other.
    db.pragma("journal_mode = WAL");
    db.exec(MIGRATIONS_TABLE);
    const rows = db
      .prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`)
      .all() as AppliedRow[];
    const { pending, done } = pendingMigrations(listMigrations(options.migrationsDir), rows);
    for (const migration of pending) applyOne(db, migration.name, migration.sql, migration.checksum);
    return { applied: pending.map((migration) => migration.name), alreadyApplied: done };
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
