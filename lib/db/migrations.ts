import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What Prisma's `migrate deploy` does, minus the engine: list `prisma/…/migrations/*` folders,
 * checksum each `migration.sql` (sha256, hex, as Prisma records it), and decide which still need
 * applying given the `_prisma_migrations` rows. The SQLite and PostgreSQL runners share this;
 * each keeps its own SQL dialect and folder (docs/migrations.md).
 */

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Prisma's checksum: sha256 of the file, hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Migration folders in the order Prisma applies them (their names sort by timestamp). */
export function listMigrations(migrationsDir: string): Migration[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/**
 * The migrations still to apply, in order. Refuses, like Prisma, when an applied migration's
 * file was edited afterwards or a previous run failed half-way.
 */
export function pendingMigrations(
  migrations: Migration[],
  rows: AppliedRow[],
): { pending: Migration[]; done: string[] } {
  const applied = new Map(
    rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row] as const),
  );
  const pending: Migration[] = [];
  const done: string[] = [];
  for (const migration of migrations) {
    const previous = applied.get(migration.name);
    if (!previous) {
      pending.push(migration);
      continue;
    }
    if (previous.finished_at === null) {
      throw new Error(
        `Migration ${migration.name} failed earlier and was not rolled back; fix the database, then mark it rolled back.`,
      );
    }
    if (previous.checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was modified after it was applied.`);
    }
    done.push(migration.name);
  }
  return { pending, done };
}
