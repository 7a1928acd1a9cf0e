import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { exerciseAccountModels } from "@/lib/db/account-models.testing";
import { applySqliteMigrations, listMigrations, migrationChecksum } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";

const realMigrations = path.resolve("prisma/migrations");
const temporary: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-migrate-"));
  temporary.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("applySqliteMigrations", () => {
  it("creates the schema and records each migration as Prisma does", () => {
    const file = path.join(tempDir(), "db", "test.db");
    const result = applySqliteMigrations({ file, migrationsDir: realMigrations });
    const names = listMigrations(realMigrations).map((m) => m.name);
    expect(result.applied).toEqual(names);
    const db = new Database(file);
    const rows = db
      .prepare(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`)
      .all() as { migration_name: string; checksum: string; finished_at: string; applied_steps_count: number }[];
    db.close();
    const sql = fs.readFileSync(path.join(realMigrations, names[0] ?? "", "migration.sql"), "utf8");
    expect(rows[0]?.checksum).toBe(migrationChecksum(sql));
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.finished_at).toBeTruthy();
    expect(rows[0]?.applied_steps_count).toBe(1);
  });

  it("applies nothing the second time", () => {
    const file = path.join(tempDir(), "test.db");
    applySqliteMigrations({ file, migrationsDir: realMigrations });
    const again = applySqliteMigrations({ file, migrationsDir: realMigrations });
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
  });

  it("refuses a migration edited after it was applied, and keeps the data", () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.cpSync(realMigrations, migrations, { recursive: true });
    const file = path.join(dir, "test.db");
    applySqliteMigrations({ file, migrationsDir: migrations });
    const first = listMigrations(migrations)[0]?.name ?? "";
    fs.appendFileSync(path.join(migrations, first, "migration.sql"), "\n-- edited\n");
    expect(() => applySqliteMigrations({ file, migrationsDir: migrations })).toThrow(/modified after it was applied/);
  });

  it("records a failing migration and leaves earlier ones in place", () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.cpSync(realMigrations, migrations, { recursive: true });
    fs.mkdirSync(path.join(migrations, "29990101000000_broken"));
    fs.writeFileSync(path.join(migrations, "29990101000000_broken", "migration.sql"), "CREATE TABLE oops (;");
    const file = path.join(dir, "test.db");
    expect(() => applySqliteMigrations({ file, migrationsDir: migrations })).toThrow(/29990101000000_broken failed/);
    const db = new Database(file);
    const jobs = db.prepare(`SELECT count(*) AS n FROM "Job"`).get() as { n: number };
    db.close();
    expect(jobs.n).toBe(0);
    expect(() => applySqliteMigrations({ file, migrationsDir: migrations })).toThrow(/failed earlier/);
  });

  it("matches the Prisma schema: the generated client reads and writes every model", async () => {
    const file = path.join(tempDir(), "test.db");
    applySqliteMigrations({ file, migrationsDir: realMigrations });
    const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
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
          extractor: "local",
          ocr: "{}",
          result: "{}",
          error: null,
          finishedAt: new Date(),
          steps: { create: [{ name: "ocr", status: "pending", startedAt: new Date(), error: "x" }] },
          events: { create: [{ seq: 1, type: "job.received", data: "{}" }] },
        },
      });
      const job = await prisma.job.findUniqueOrThrow({ where: { id: "j1" }, include: { steps: true, events: true } });
      expect(job.attempts).toBe(0);
      expect(job.steps[0]?.name).toBe("ocr");
      expect(job.events[0]?.seq).toBe(1);
      await prisma.job.delete({ where: { id: "j1" } });
      expect(await prisma.event.count()).toBe(0);
      await exerciseAccountModels(prisma);
    } finally {
      await prisma.$disconnect();
    }
  });
});
