import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import * as actual from "@actual-app/api";
import { actualError, actualTimeout } from "@/lib/actual/actual-error";
import { Limiter } from "@/lib/async/limiter";
import { withTimeout } from "@/lib/async/with-timeout";

/** The Actual client: a module of functions, one budget open at a time in the whole process. */
export type ActualApi = typeof actual;

export interface ActualSessionOptions {
  serverUrl: string;
  password: string;
  /** The budget to open (its sync id); none to only sign in (listing budgets). */
  syncId: string | null;
  /** Whose cache: budgets of different users never share a directory. */
  ownerKey: string;
  /** DATA_DIR: the cache lives in `actual-cache/` under it. */
  dataDir: string;
  timeoutMs: number;
}

// @actual-app/api keeps its server, token and open budget in module state: two sessions at
// once would read each other's budget. One at a time, in arrival order. The lock lives on
// globalThis because Next.js bundles each route apart (a module-level lock would be one per
// route) while the external @actual-app/api is one copy for the whole process.
const globalForActual = globalThis as unknown as { sukushoActualLock?: Limiter };
globalForActual.sukushoActualLock ??= new Limiter("actual", 1);
const oneAtATime = globalForActual.sukushoActualLock;

const cacheDirOf = (options: ActualSessionOptions) =>
  path.join(
    options.dataDir,
    "actual-cache",
    createHash("sha256").update(`${options.ownerKey}\n${options.serverUrl}`).digest("hex").slice(0, 24),
  );

/**
 * Runs `work` against one Actual budget: sign in, download (or update the cached copy of) the
 * budget, work, sync the changes up, close. Everything is over before the next session starts,
 * and after `timeoutMs` the caller is answered with a timeout while the client is closed.
 * Errors come out as AppErrors in plain words (lib/actual/actual-error.ts).
 */
export function withActualBudget<T>(options: ActualSessionOptions, work: (api: ActualApi) => Promise<T>): Promise<T> {
  return oneAtATime.run(async () => {
    const session = runSession(options, work);
    try {
      return await withTimeout(session, options.timeoutMs, () => actualTimeout(options.timeoutMs));
    } catch (error) {
      // A timed-out session may still hold the client: close it before the next one starts.
      if ((error as { code?: unknown }).code === "actual_timeout") await actual.shutdown().catch(() => {});
      throw actualError(error);
    }
  });
}

async function runSession<T>(options: ActualSessionOptions, work: (api: ActualApi) => Promise<T>): Promise<T> {
  const dataDir = cacheDirOf(options);
  await fs.mkdir(dataDir, { recursive: true });
  await actual.init({ serverURL: options.serverUrl, password: options.password, dataDir, verbose: false });
  try {
    if (options.syncId !== null) await openBudget(options.syncId, dataDir);
    const result = await work(actual);
    if (options.syncId !== null) await actual.sync();
    return result;
  } finally {
    await actual.shutdown().catch(() => {});
  }
}

/** A cached copy that no longer syncs (the budget was reset on the server) is dropped: the next attempt fetches it anew. */
async function openBudget(syncId: string, dataDir: string): Promise<void> {
  try {
    await actual.downloadBudget(syncId);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "invalid-password" || code === "network-failure" || code === "budget-not-found") throw error;
    await actual.shutdown().catch(() => {});
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.mkdir(dataDir, { recursive: true });
    throw error;
  }
}
