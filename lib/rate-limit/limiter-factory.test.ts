import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import { AppError } from "@/lib/errors";
import { postgresLimiters, RATE_LIMIT_TABLE } from "@/lib/rate-limit/limiter-factory";
import { createLimiterPool } from "@/lib/rate-limit/limiter-pool";
import { createRateLimits, type RateLimitSettings } from "@/lib/rate-limit/rate-limits";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";

const settings: RateLimitSettings = {
  uploads: { perUser: 4, perIp: 6, windowSeconds: 60 },
  signIns: { perAccount: 2, perIp: 10, windowSeconds: 900 },
};

let database: TestDatabase;
const pools: pg.Pool[] = [];

function pool(url: string): pg.Pool {
  const created = new pg.Pool({ connectionString: url, max: 2 });
  pools.push(created);
  return created;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await applyPostgresMigrations({ url: database.url, migrationsDir: path.resolve("prisma/postgresql/migrations") });
});

afterAll(async () => {
  for (const created of pools) await created.end();
  await database?.drop();
});

describe("the PostgreSQL store", () => {
  it("shares one count between instances (each with its own pool), in the migrated table", async () => {
    const a = createRateLimits(settings, postgresLimiters(pool(database.url)));
    const b = createRateLimits(settings, postgresLimiters(pool(database.url)));
    await a.consumeUpload({ userId: "u1", ip: "192.0.2.1", files: 3 });
    await b.consumeUpload({ userId: "u1", ip: "192.0.2.2", files: 1 });
    const refused = await a.consumeUpload({ userId: "u1", ip: "192.0.2.3", files: 1 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(429);

    await b.consumeSignIn({ account: "ann@example.com", ip: "192.0.2.1" });
    await a.consumeSignIn({ account: "ann@example.com", ip: "192.0.2.1" });
    await expect(b.consumeSignIn({ account: "ann@example.com", ip: "192.0.2.1" })).rejects.toThrow(AppError);
    await a.rewardSignIn({ account: "ann@example.com" });
    await b.consumeSignIn({ account: "ann@example.com", ip: "192.0.2.1" });

    const rows = await pool(database.url).query<{ key: string; points: number }>(
      `SELECT key, points FROM "${RATE_LIMIT_TABLE}" ORDER BY key`,
    );
    expect(rows.rows.find((row) => row.key === "uploads-user:u1")?.points).toBe(5);
    // Accounts are stored as digests: no e-mail address in the table.
    expect(rows.rows.some((row) => row.key.includes("example.com"))).toBe(false);
  });

  it("counts in memory meanwhile when the database cannot be reached", async () => {
    const unreachable = new pg.Pool({ connectionString: "postgresql://nobody:x@127.0.0.1:1/none", max: 1 });
    pools.push(unreachable);
    const limits = createRateLimits(settings, postgresLimiters(unreachable));
    for (let i = 0; i < 4; i++) await limits.consumeUpload({ userId: "u9", ip: "192.0.2.9", files: 1 });
    await expect(limits.consumeUpload({ userId: "u9", ip: "192.0.2.9", files: 1 })).rejects.toThrow(/Too many uploads/);
  });

  it("does not hold uploads while the database hangs: the insurance counter answers after the timeout", async () => {
    // Accepts connections and never answers, like a database stuck under a lock or a dead route.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const hanging = createLimiterPool(`postgresql://nobody:x@127.0.0.1:${port}/none`, 300);
      pools.push(hanging);
      const limits = createRateLimits(settings, postgresLimiters(hanging));
      const started = Date.now();
      await limits.consumeUpload({ userId: "u8", ip: "192.0.2.8", files: 4 });
      expect(Date.now() - started).toBeLessThan(2_000);
      await expect(limits.consumeUpload({ userId: "u8", ip: "192.0.2.8", files: 1 })).rejects.toThrow(
        /Too many uploads/,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
