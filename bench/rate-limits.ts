/**
 * Rate limits (docs/rate-limits.md): the case, "60 uploads in a burst", against the
 * default limits in both stores, and what one upload's check costs (the user's and the
 * address's counters): in memory (embedded) and in the local PostgreSQL (scaled out).
 *
 *   npx tsx bench/rate-limits.ts      (needs the local PostgreSQL: TEST_DATABASE_URL, role sukusho)
 *
 * In-process, no server: the figures are the limiter's own, without HTTP. It prints figures
 * and asserts nothing about them.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import { env } from "@/lib/env";
import { rateLimitSettings } from "@/lib/rate-limit";
import { type LimiterFactory, memoryLimiters, postgresLimiters } from "@/lib/rate-limit/limiter-factory";
import { createLimiterPool } from "@/lib/rate-limit/limiter-pool";
import { createRateLimits } from "@/lib/rate-limit/rate-limits";
import { createTestDatabase } from "@/lib/testing/postgres";
import { root } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { summarise } from "./support/stats";
import { formatTable } from "./support/table";

const BURST = 60;
/** Milliseconds with two decimals: a memory check takes a few microseconds. */
const ms = (value: number) => value.toFixed(2);
const CHECKS = 500;

interface Store {
  label: string;
  factory: () => LimiterFactory;
}

async function burst(factory: LimiterFactory): Promise<{ accepted: number; retryAfter: number | null }> {
  const limits = createRateLimits(rateLimitSettings(env()), factory);
  let accepted = 0;
  let retryAfter: number | null = null;
  for (let i = 0; i < BURST; i++) {
    try {
      await limits.consumeUpload({ userId: null, ip: "192.0.2.1", files: 1 });
      accepted++;
    } catch (error) {
      retryAfter ??= (error as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds ?? null;
    }
  }
  return { accepted, retryAfter };
}

async function household(factory: LimiterFactory): Promise<boolean> {
  const limits = createRateLimits(rateLimitSettings(env()), factory);
  try {
    await limits.consumeUpload({ userId: "ann", ip: "192.0.2.2", files: 10 });
    await limits.consumeUpload({ userId: "ann", ip: "192.0.2.2", files: 10 });
    return true;
  } catch {
    return false;
  }
}

async function checkTimes(factory: LimiterFactory): Promise<number[]> {
  const limits = createRateLimits(rateLimitSettings(env()), factory);
  const times: number[] = [];
  for (let i = 0; i < CHECKS; i++) {
    // A new user and address each time: every check is accepted, as almost all are.
    const started = performance.now();
    await limits.consumeUpload({ userId: `user-${i}`, ip: `10.0.${i >> 8}.${i & 255}`, files: 1 });
    times.push(performance.now() - started);
  }
  return times;
}

runMain(async () => {
  console.log(`Machine: ${describeMachine()}\n`);
  const database = await createTestDatabase();
  const pools: pg.Pool[] = [];
  try {
    await applyPostgresMigrations({
      url: database.url,
      migrationsDir: path.join(root, "prisma/postgresql/migrations"),
    });
    const stores: Store[] = [
      { label: "memory (embedded)", factory: () => memoryLimiters },
      {
        label: "PostgreSQL (scaled out, local server)",
        factory: () => {
          const pool = createLimiterPool(database.url);
          pools.push(pool);
          return postgresLimiters(pool);
        },
      },
    ];
    const settings = rateLimitSettings(env());
    console.log(
      `Defaults: uploads ${settings.uploads.perUser} files per user and ${settings.uploads.perIp} per address per ${settings.uploads.windowSeconds} s.\n`,
    );
    const rows: string[][] = [];
    for (const store of stores) {
      console.error(`measuring ${store.label}…`);
      const { accepted, retryAfter } = await burst(store.factory());
      const ok = await household(store.factory());
      const times = summarise(await checkTimes(store.factory()));
      rows.push([
        store.label,
        `${accepted} / ${BURST - accepted}`,
        retryAfter === null ? "–" : `${retryAfter} s`,
        ok ? "not limited" : "limited",
        ms(times.p50),
        ms(times.p95),
        ms(times.max),
      ]);
    }
    console.log(
      formatTable(
        [
          { header: "store" },
          { header: `burst of ${BURST} uploads: accepted / refused`, align: "right" },
          { header: "first Retry-After", align: "right" },
          { header: "10 + 10 files", align: "right" },
          { header: `check p50 ms (n=${CHECKS})`, align: "right" },
          { header: "p95 ms", align: "right" },
          { header: "max ms", align: "right" },
        ],
        rows,
      ),
    );
  } finally {
    for (const pool of pools) await pool.end();
    await database.drop();
  }
});
