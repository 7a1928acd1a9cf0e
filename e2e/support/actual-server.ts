import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as actual from "@actual-app/api";
import { freePort, waitFor } from "./free-port";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface ActualServer {
  url: string;
  password: string;
  /** The budget made at start (its sync id) and its one account. */
  syncId: string;
  accountId: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** A transaction as read back from the budget. */
export interface ActualRow {
  imported_id: string | null;
  amount: number;
  date: string;
  notes: string | null;
  payee: string | null;
}

/**
 * A real Actual sync server (@actual-app/sync-server) on a free port with its own data
 * directory, its password set through /account/bootstrap, holding one budget with one account
 * (made with @actual-app/api: runImport creates the budget and uploads it).
 */
export async function startActualServer(password = "correct horse battery"): Promise<ActualServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-actual-"));
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/@actual-app/sync-server/build/bin/actual-server.js")],
    {
      cwd: dataDir,
      env: {
        ...process.env,
        ACTUAL_PORT: String(port),
        ACTUAL_HOSTNAME: "127.0.0.1",
        ACTUAL_DATA_DIR: dataDir,
        // Under vitest NODE_ENV is "test", which makes the server keep its files inside its own
        // package (shared by every run) whatever ACTUAL_DATA_DIR says.
        NODE_ENV: "production",
        ACTUAL_SERVER_FILES: path.join(dataDir, "server-files"),
        ACTUAL_USER_FILES: path.join(dataDir, "user-files"),
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    let gone = false;
    void exited.then(() => {
      gone = true;
    });
    await waitFor(
      async () => {
        if (gone) return true;
        return (await fetch(`${url}/account/needs-bootstrap`)).ok;
      },
      60_000,
      `Actual on ${url}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.slice(-2000)}`);
    });
    if (gone) throw new Error(`Actual exited at start:\n${output.slice(-2000)}`);
    const boot = await fetch(`${url}/account/bootstrap`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ password }),
    });
    if (!boot.ok) throw new Error(`bootstrap: ${boot.status} ${await boot.text()}`);
    const { syncId, accountId } = await withClient(url, password, null, async () => {
      let accountId = "";
      await actual.runImport("Sukusho test budget", async () => {
        accountId = await actual.createAccount({ name: "Wallet", offbudget: false });
      });
      const budget = (await actual.getBudgets()).find((file) => file.name === "Sukusho test budget" && file.groupId);
      if (!budget?.groupId) throw new Error("the budget was not uploaded");
      return { syncId: budget.groupId, accountId };
    });
    return { url, password, syncId, accountId, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `work` with the Actual client signed in (and the budget open), in a fresh cache. */
export async function withClient<T>(url: string, password: string, syncId: string | null, work: () => Promise<T>) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-actual-client-"));
  await actual.init({ serverURL: url, password, dataDir: cache, verbose: false });
  try {
    if (syncId) await actual.downloadBudget(syncId);
    return await work();
  } finally {
    await actual.shutdown();
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

/** The account's transactions as the server has them now. */
export function readTransactions(server: ActualServer, accountId = server.accountId): Promise<ActualRow[]> {
  return withClient(server.url, server.password, server.syncId, async () => {
    const payees = new Map((await actual.getPayees()).map((payee) => [payee.id, payee.name]));
    const rows = await actual.getTransactions(accountId, "1970-01-01", "2100-12-31");
    return rows.map((row) => ({
      imported_id: row.imported_id ?? null,
      amount: row.amount,
      date: row.date,
      notes: row.notes ?? null,
      payee: row.payee ? (payees.get(row.payee) ?? null) : null,
    }));
  });
}
