import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applySqliteMigrations } from "@/lib/db/migrate";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import { freePort, waitFor } from "./free-port";

export interface AppServer {
  url: string;
  port: number;
  /** The server's process id (for memory readings in benchmarks). */
  pid: number;
  dataDir: string;
  /** Output of the server so far, for diagnosing a failure. */
  output: () => string;
  stop: () => Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would. */
  crash: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * Starts the built app (`next start`) the way `npm start` does, on a free port with its own
 * data directory and freshly migrated SQLite database. The build must exist (npm test builds).
 */
export async function startApp(
  options: {
    env?: Record<string, string>;
    dataDir?: string;
    /** A fixed port: an instance restarted where nginx already looks for it. */
    port?: number;
  } = {},
): Promise<AppServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-e2e-"));
  const databaseUrl = options.env?.DATABASE_URL;
  if (databaseUrl && !databaseUrl.startsWith("file:")) {
    await applyPostgresMigrations({ url: databaseUrl, migrationsDir: path.join(root, "prisma/postgresql/migrations") });
  } else {
    applySqliteMigrations({
      file: path.join(dataDir, "sukusho.db"),
      migrationsDir: path.join(root, "prisma/migrations"),
    });
  }
  const port = options.port ?? (await freePort());
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      // Open mode unless a test asks for accounts: the tests of other topics (streams, OCR,
      // review) stay about their topic; the auth tests start servers with AUTH=accounts.
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH: "none",
        // Likewise without rate limits (tests and benches upload in bursts from one address);
        // e2e/api/rate-limits.test.ts sets its own.
        RATE_LIMIT_UPLOADS_PER_USER: "0",
        RATE_LIMIT_UPLOADS_PER_IP: "0",
        RATE_LIMIT_SIGNINS_PER_ACCOUNT: "0",
        RATE_LIMIT_SIGNINS_PER_IP: "0",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/api/health`)).ok, 60_000, `the app on ${url}\n${output}`);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    port,
    pid: child.pid ?? 0,
    dataDir,
    output: () => output,
    crash: async () => {
      child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
