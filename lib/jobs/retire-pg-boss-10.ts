import pg from "pg";

/** The schema pg-boss keeps its tables in (its default; Sukusho never changed it). */
export const PG_BOSS_SCHEMA = "pgboss";
/**
 * pg-boss 11 and later migrate a schema only from version 25 (pg-boss 11.0) on; pg-boss 10 left
 * version 24, which they refuse to start on ("Cannot migrate pg-boss schema from version 24").
 */
const FIRST_MIGRATABLE_VERSION = 25;
const LOCK_KEY = "sukusho:retire-pg-boss-10";

/** A job pg-boss 10 still held, to be sent again on the same queue. */
export interface CarriedJob {
  queue: string;
  jobId: string;
}

/**
 * Takes over a database a pg-boss 10 deployment used (docs/queue.md, "Upgrading from pg-boss
 * 10"): the jobs it still held for `queues` (waiting, to be retried, or active when that
 * deployment stopped) are read, its schema is dropped so that pg-boss 12 installs a fresh one,
 * and the caller sends them again. The queue is only a delivery mechanism: the jobs themselves,
 * their events and images are Sukusho's tables, which stay untouched. One process does it under
 * an advisory lock; the others find nothing left to do. Any other database: nothing happens.
 */
export async function retirePgBoss10(url: string, queues: readonly string[]): Promise<CarriedJob[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [LOCK_KEY]);
    const version = await schemaVersion(client);
    if (version === null || version >= FIRST_MIGRATABLE_VERSION) {
      await client.query("COMMIT");
      return [];
    }
    const { rows } = await client.query<{ queue: string; job_id: string | null }>(
      `SELECT name AS queue, data->>'jobId' AS job_id FROM ${PG_BOSS_SCHEMA}.job
       WHERE name = ANY($1) AND state::text IN ('created', 'retry', 'active') ORDER BY created_on`,
      [queues],
    );
    await client.query(`DROP SCHEMA ${PG_BOSS_SCHEMA} CASCADE`);
    await client.query("COMMIT");
    return rows.flatMap((row) => (row.job_id ? [{ queue: row.queue, jobId: row.job_id }] : []));
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The installed pg-boss schema's version, or null when there is none. */
async function schemaVersion(client: pg.Client): Promise<number | null> {
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1) AS found", [
    `${PG_BOSS_SCHEMA}.version`,
  ]);
  if (!rows[0]?.found) return null;
  const version = await client.query<{ version: number }>(`SELECT version FROM ${PG_BOSS_SCHEMA}.version LIMIT 1`);
  return version.rows[0]?.version ?? null;
}
