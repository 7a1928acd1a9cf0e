import { randomUUID } from "node:crypto";
import pg from "pg";
import { type AppliedRow, listMigrations, type MigrationResult, pendingMigrations } from "@/lib/db/migrations";

/**
 * Applies `prisma/postgresql/migrations` to a PostgreSQL database, offline, recording each in
 * `_prisma_migrations` as `prisma migrate deploy` does. Each migration runs in a transaction
 * (PostgreSQL's DDL is transactional), and an advisory lock lets several instances start at
 * once: one migrates, the others wait and find nothing left to do.
 */

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any constant of our own: the key of the advisory lock migrators take. */
const MIGRATION_LOCK_KEY = 72_646_201;

export async function applyPostgresMigrations(options: {
  url: string;
  migrationsDir: string;
}): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const { pending, done } = pendingMigrations(listMigrations(options.migrationsDir), rows);
    for (const migration of pending) await applyOne(client, migration.name, migration.sql, migration.checksum);
    return { applied: pending.map((migration) => migration.name), alreadyApplied: done };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, name: string, sql: string, checksum: string): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, checksum, name],
  );
  try {
    await client.query("BEGIN");
    await client.query(sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await client.query(`UPDATE "_prisma_migrations" SET logs = $1 WHERE id = $2`, [String(error), id]);
    throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
  }
}
