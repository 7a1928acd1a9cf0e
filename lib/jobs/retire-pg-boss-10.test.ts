import pg from "pg";
import { PgBoss } from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import { PG_BOSS_SCHEMA, retirePgBoss10 } from "@/lib/jobs/retire-pg-boss-10";
import { createTestDatabase } from "@/lib/testing/postgres";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<string> {
  const created = await createTestDatabase();
  cleanups.push(created.drop);
  return created.url;
}

async function sql(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * The parts of pg-boss 10's schema (version 24) the take-over reads: its version row and its
 * job table, with the states and columns pg-boss 10 used.
 */
async function installPgBoss10(url: string): Promise<void> {
  await sql(
    url,
    `CREATE SCHEMA ${PG_BOSS_SCHEMA};
     CREATE TABLE ${PG_BOSS_SCHEMA}.version (version int PRIMARY KEY);
     INSERT INTO ${PG_BOSS_SCHEMA}.version VALUES (24);
     CREATE TYPE ${PG_BOSS_SCHEMA}.job_state AS ENUM ('created', 'retry', 'active', 'completed', 'cancelled', 'failed');
     CREATE TABLE ${PG_BOSS_SCHEMA}.job (
       name text NOT NULL, state ${PG_BOSS_SCHEMA}.job_state NOT NULL, data jsonb,
       created_on timestamptz NOT NULL);
     INSERT INTO ${PG_BOSS_SCHEMA}.job VALUES
       ('jobs', 'created', '{"jobId":"waiting"}', now() - interval '3 minutes'),
       ('jobs', 'active', '{"jobId":"running"}', now() - interval '4 minutes'),
       ('jobs', 'retry', '{"jobId":"retrying"}', now() - interval '2 minutes'),
       ('given-up', 'created', '{"jobId":"given-up"}', now() - interval '1 minute'),
       ('jobs', 'completed', '{"jobId":"done"}', now() - interval '5 minutes'),
       ('jobs', 'failed', '{"jobId":"failed"}', now() - interval '5 minutes'),
       ('other', 'created', '{"jobId":"not-ours"}', now());`,
  );
}

const schemaExists = async (url: string) =>
  (await sql(url, `SELECT 1 FROM pg_namespace WHERE nspname = '${PG_BOSS_SCHEMA}'`)).rowCount === 1;

describe("retirePgBoss10", () => {
  it("carries the jobs pg-boss 10 still held, oldest first, and drops its schema once", async () => {
    const url = await database();
    await installPgBoss10(url);
    const carried = await retirePgBoss10(url, ["jobs", "given-up"]);
    expect(carried).toEqual([
      { queue: "jobs", jobId: "running" },
      { queue: "jobs", jobId: "waiting" },
      { queue: "jobs", jobId: "retrying" },
      { queue: "given-up", jobId: "given-up" },
    ]);
    expect(await schemaExists(url)).toBe(false);
    expect(await retirePgBoss10(url, ["jobs", "given-up"])).toEqual([]);
  });

  it("lets pg-boss 12 start on a database it would otherwise refuse", async () => {
    const url = await database();
    await installPgBoss10(url);
    const refused = new PgBoss({ connectionString: url, supervise: false, schedule: false });
    refused.on("error", () => {});
    await expect(refused.start()).rejects.toThrow(/version 24/);
    await refused.stop().catch(() => {});

    await retirePgBoss10(url, ["jobs"]);
    const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
    boss.on("error", () => {});
    await boss.start();
    cleanups.push(() => boss.stop({ graceful: false }));
    await boss.createQueue("jobs");
    expect(await boss.send("jobs", { jobId: "waiting" })).toBeTruthy();
  });

  it("leaves a current pg-boss schema and a database without one alone", async () => {
    const empty = await database();
    expect(await retirePgBoss10(empty, ["jobs"])).toEqual([]);
    expect(await schemaExists(empty)).toBe(false);

    const current = await database();
    const boss = new PgBoss({ connectionString: current, supervise: false, schedule: false });
    boss.on("error", () => {});
    await boss.start();
    await boss.createQueue("jobs");
    await boss.send("jobs", { jobId: "kept" });
    await boss.stop({ graceful: false });
    expect(await retirePgBoss10(current, ["jobs"])).toEqual([]);
    const kept = await sql(current, `SELECT data->>'jobId' AS id FROM ${PG_BOSS_SCHEMA}.job WHERE name = 'jobs'`);
    expect(kept.rows).toEqual([{ id: "kept" }]);
  });
});
