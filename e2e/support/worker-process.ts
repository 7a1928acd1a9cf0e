import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { waitFor } from "./free-port";

export interface WorkerProcess {
  pid: number;
  output: () => string;
  /** Kills it at once (SIGKILL), as a crash or a lost machine would. */
  crash: () => Promise<void>;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..", "..");

/** Starts `npm run worker` (scripts/worker.ts) with the given environment; resolves once it takes jobs. */
export async function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(async () => output.includes("taking jobs") || child.exitCode !== null, 60_000, "the worker to start");
  if (child.exitCode !== null) throw new Error(`The worker exited: ${output}`);
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(signal);
    await exited;
  };
  return { pid: child.pid ?? 0, output: () => output, crash: () => kill("SIGKILL"), stop: () => kill("SIGTERM") };
}
