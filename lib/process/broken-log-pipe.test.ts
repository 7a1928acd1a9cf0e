import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * A process that logs every uncaught exception (as `next start` does) and keeps logging; its
 * log pipes are closed under it. Resolves with its exit code, or "still running" after `ms`.
 */
function runWithClosedLogs(install: boolean, ms: number): Promise<number | "still running"> {
  const script = [
    install
      ? 'const { exitOnBrokenLogPipe } = await import("./lib/process/broken-log-pipe.ts"); exitOnBrokenLogPipe();'
      : "",
    'process.on("uncaughtException", (error) => console.error(error));',
    'setInterval(() => console.log("still serving"), 5);',
  ].join("\n");
  // Node itself (it strips the module's types), not a wrapper such as tsx: a wrapper killed on
  // timeout would leave its own child spinning.
  const child = spawn(process.execPath, ["--input-type=module", "--eval", script], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve("still running");
    }, ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
    // The reader goes away, as a killed parent's would.
    child.stdout.once("data", () => {
      child.stdout.destroy();
      child.stderr.destroy();
    });
  });
}

describe("exitOnBrokenLogPipe", () => {
  it("ends a process whose log pipes have lost their reader", async () => {
    expect(await runWithClosedLogs(true, 10_000)).toBe(1);
  });

  it("is what ends it: without it the process logs its failed writes for ever", async () => {
    expect(await runWithClosedLogs(false, 3_000)).toBe("still running");
  });
});
