import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import { createTestDatabase } from "@/lib/testing/postgres";
import { pinnedNodeVersion } from "../../scripts/pinned-node.mjs";
import { type AppServer, startApp } from "../support/app-server";
import { startWorker, type WorkerProcess } from "../support/worker-process";

/** The Node a running process was started with, read from the binary it runs (Linux's /proc). */
function nodeVersionOf(pid: number): string {
  return execFileSync(fs.readlinkSync(`/proc/${pid}/exe`), ["--version"], { encoding: "utf8" }).trim();
}

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

// docs/runtime.md: whatever the machine's Node, the app and its workers run on the pinned one.
describe("the processes the tests start", () => {
  it("serve the app on the pinned Node", async () => {
    const app: AppServer = await startApp();
    stops.push(app.stop);
    expect(nodeVersionOf(app.pid)).toBe(`v${pinnedNodeVersion()}`);
  });

  it("run the scaled-out worker on the pinned Node", async () => {
    const database = await createTestDatabase();
    stops.push(database.drop);
    const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/postgresql/migrations");
    await applyPostgresMigrations({ url: database.url, migrationsDir });
    const worker: WorkerProcess = await startWorker({ DATABASE_URL: database.url });
    stops.push(worker.stop);
    expect(nodeVersionOf(worker.pid)).toBe(`v${pinnedNodeVersion()}`);
  });
});
