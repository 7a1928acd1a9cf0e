/**
 * How long a chain of SQLite statements holds the event loop, with each statement in its own
 * turn (SQLITE_YIELD, the default: lib/db/yielding-sqlite-adapter.ts) and run whole, as before
 * (docs/event-loop.md). Each case runs on a fresh database, several rounds; a 1 ms timer adds up
 * the main thread's own CPU between two of its turns (thread CPU, so a shared machine's load
 * does not inflate it), and the most of it is what a request arriving meanwhile waits behind.
 *
 *   npx tsx bench/sqlite-chain.ts [--rounds 5]
 *
 * It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "@/lib/db/client";
import { applySqliteMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import { EventLog } from "@/lib/jobs/event-log";
import { JobStore } from "@/lib/jobs/job-store";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile } from "./support/stats";
import { formatTable } from "./support/table";

const JOBS = 4;

const threadCpuMs = () => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** The most main-thread CPU between two turns of a 1 ms timer while `work` runs, and its wall time. */
async function measure(work: () => Promise<unknown>): Promise<{ longest: number; wall: number }> {
  let last = threadCpuMs();
  let longest = 0;
  const timer = setInterval(() => {
    const now = threadCpuMs();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, 10));
  longest = 0;
  last = threadCpuMs();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  // One more turn, to count the last stretch.
  await new Promise((resolve) => setTimeout(resolve, 3));
  clearInterval(timer);
  return { longest, wall };
}

async function openDatabase(dir: string, name: string, yieldEachStatement: boolean): Promise<PrismaClient> {
  const file = path.join(dir, `${name}.sqlite`);
  applySqliteMigrations({ file, migrationsDir: path.join(import.meta.dirname, "..", "prisma", "migrations") });
  const db = createClient(`file:${file}`, { yieldEachStatement });
  await db.user.create({ data: { id: "u", name: "u", email: "u@example.com" } });
  const store = new JobStore(db);
  for (let job = 0; job < JOBS; job++) {
    await store.create({
      id: `job-${job}`,
      userId: "u",
      fileName: "a.png",
      mimeType: "image/png",
      width: 1,
      height: 1,
      byteSize: 1,
      imageKey: `key-${job}`,
      extractor: "local",
      kind: null,
      allowImage: false,
      customFields: null,
    });
  }
  return db;
}

/** The chains a job makes: a page's strips reporting at once, progress of jobs side by side, step rows. */
const CASES: { name: string; run: (db: PrismaClient, log: EventLog) => Promise<unknown> }[] = [
  {
    name: "32 ocr.region events of one job at once",
    run: (_db, log) =>
      Promise.all(
        Array.from({ length: 32 }, (_, index) =>
          log.append("job-0", {
            type: "ocr.region",
            data: {
              index,
              count: 32,
              top: index * 40,
              height: 40,
              text: "2026/03/14 コンビニ 1,280".repeat(4),
              confidence: 88,
            },
          }),
        ),
      ),
  },
  {
    name: `${JOBS} jobs × 8 progress events at once`,
    run: (_db, log) =>
      Promise.all(
        Array.from({ length: 32 }, (_, i) =>
          log.append(`job-${i % JOBS}`, { type: "step.progress", data: { step: "ocr", progress: 0.5 } }),
        ),
      ),
  },
  {
    name: "12 step rows updated at once",
    run: (db) => {
      const store = new JobStore(db);
      return Promise.all(Array.from({ length: 12 }, (_, i) => store.setStep(`job-${i % JOBS}`, "ocr", "running")));
    },
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
  const rounds = Number(values.rounds);
  console.log("# Chains of SQLite statements and the event loop");
  console.log(describeMachine());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-sqlite-chain-"));
  const rows: string[][] = [];
  try {
    for (const [index, { name, run }] of CASES.entries()) {
      for (const yieldEachStatement of [false, true]) {
        const db = await openDatabase(dir, `${index}-${yieldEachStatement}`, yieldEachStatement);
        const log = new EventLog(db, new LocalEventBus());
        const results = [];
        // The first round warms Prisma's query compiler up; it is not counted.
        for (let round = 0; round <= rounds; round++) {
          const result = await measure(() => run(db, log));
          if (round > 0) results.push(result);
        }
        await db.$disconnect();
        rows.push([
          name,
          yieldEachStatement ? "one a turn" : "whole",
          ms(
            percentile(
              results.map((r) => r.longest),
              50,
            ),
          ),
          ms(Math.max(...results.map((r) => r.longest))),
          ms(
            percentile(
              results.map((r) => r.wall),
              50,
            ),
          ),
        ]);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    formatTable(
      [
        { header: "chain" },
        { header: "statements" },
        { header: "most CPU between turns, median (ms)", align: "right" },
        { header: "worst (ms)", align: "right" },
        { header: "chain's wall time, median (ms)", align: "right" },
      ],
      rows,
    ),
  );
  console.log(`\n${rounds} rounds each after one warm-up; load average now ${os.loadavg()[0]?.toFixed(1)}.`);
}

runMain(main);
