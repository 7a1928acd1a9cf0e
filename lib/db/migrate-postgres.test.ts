import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { exerciseAccountModels } from "@/lib/db/account-models.testing";
import { createClient } from "@/lib/db/client";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import { listMigrations } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";

const postgresMigrations = path.resolve("prisma/postgresql/migrations");
const sqliteMigrations = path.resolve("prisma/migrations");
const databases: TestDatabase[] = [];

async function database(): Promise<TestDatabase> {
  const created = await createTestDatabase();
  databases.push(created);
  return created;
}

afterEach(async () => {
  for (const created of databases.splice(0)) await created.drop();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("PostgreSQL migrations", () => {
  it("keep the same history as SQLite's: same names, in the same order", () => {
    expect(listMigrations(postgresMigrations).map((m) => m.name)).toEqual(
      listMigrations(sqliteMigrations).map((m) => m.name),
    );
  });

  it("apply to a fresh database and record each as Prisma does, then apply nothing", async () => {
    const { url } = await database();
    const first = await applyPostgresMigrations({ url, migrationsDir: postgresMigrations });
    expect(first.applied).toEqual(listMigrations(postgresMigrations).map((m) => m.name));
    const rows = await query<{ checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows.map((row) => row.checksum)).toEqual(listMigrations(postgresMigrations).map((m) => m.checksum));
    expect(rows.every((row) => row.finished_at !== null && row.applied_steps_count === 1)).toBe(true);
    const second = await applyPostgresMigrations({ url, migrationsDir: postgresMigrations });
    expect(second.applied).toEqual([]);
  });

  it("let several instances start at once: one migrates, the others find it done", async () => {
    const { url } = await database();
    const results = await Promise.all(
      [1, 2, 3].map(() => applyPostgresMigrations({ url, migrationsDir: postgresMigrations })),
    );
    expect(results.filter((result) => result.applied.length > 0)).toHaveLength(1);
    const count = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(count[0]?.n)).toBe(listMigrations(postgresMigrations).length);
  });

  it("roll back a failing migration whole and refuse to go on", async () => {
    const { url } = await database();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-pg-migrations-"));
    fs.cpSync(postgresMigrations, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "29990101000000_broken"));
    fs.writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id INT);\nCREATE TABLE oops (;',
    );
    try {
      await expect(applyPostgresMigrations({ url, migrationsDir: dir })).rejects.toThrow(
        /29990101000000_broken failed/,
      );
      const half = await query<{ n: string }>(url, `SELECT count(*) AS n FROM pg_tables WHERE tablename = 'Half'`);
      expect(Number(half[0]?.n)).toBe(0);
      await expect(applyPostgresMigrations({ url, migrationsDir: dir })).rejects.toThrow(/failed earlier/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("match the Prisma schema: the PostgreSQL client reads and writes every model", async () => {
    const { url } = await database();
    await applyPostgresMigrations({ url, migrationsDir: postgresMigrations });
    const prisma = createClient(url);
    try {
      await prisma.job.create({
        data: {
          id: "j1",
          status: "queued",
          fileName: "a.png",
          mimeType: "image/png",
          width: 10,
          height: 20,
          byteSize: 30,
          imageKey: "k",
          extractor: "llm",
          kind: "receipt",
          allowImage: true,
          customFields: "[]",
          ocr: "{}",
          result: "{}",
          finishedAt: new Date(),
          steps: { create: [{ name: "ocr", status: "pending", startedAt: new Date(), summary: "s", error: "x" }] },
          events: { create: [{ seq: 1, type: "job.received", data: "{}" }] },
        },
      });
      const job = await prisma.job.findUniqueOrThrow({ where: { id: "j1" }, include: { steps: true, events: true } });
      expect(job.allowImage).toBe(true);
      expect(job.steps[0]?.summary).toBe("s");
      const grouped = await prisma.event.groupBy({ by: ["jobId"], _max: { seq: true } });
      expect(grouped[0]?._max.seq).toBe(1);
      await prisma.job.delete({ where: { id: "j1" } });
      expect(await prisma.event.count()).toBe(0);
      await exerciseAccountModels(prisma);
    } finally {
      await prisma.$disconnect();
    }
  });
});
