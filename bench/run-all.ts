/**
 * Runs every benchmark in sequence, each in its own process (so that one's OCR workers, servers
 * and garbage do not weigh on the next's timings): `npm run bench`, or `npx tsx bench/run-all.ts`.
 * Arguments are passed on to each (e.g. `--psm3` for bench/ocr.ts). Exits non-zero if any failed.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "./support/fixtures";
import { runMain } from "./support/main";

const BENCHMARKS = [
  "stream-latency.ts",
  "open-streams.ts",
  "ocr.ts",
  "fields.ts",
  "llm-overhead.ts",
  "scale-out.ts",
  "auth-overhead.ts",
];

function run(file: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), file, ...args], {
      cwd: root,
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const failed: string[] = [];
  for (const [index, name] of BENCHMARKS.entries()) {
    if (index > 0) console.log("");
    const started = performance.now();
    const code = await run(path.join("bench", name), process.argv.slice(2));
    process.stderr.write(
      `[bench] ${name}: ${code === 0 ? "done" : `failed (exit ${code})`} in ${Math.round((performance.now() - started) / 1000)} s\n`,
    );
    if (code !== 0) failed.push(name);
  }
  if (failed.length > 0) throw new Error(`benchmark(s) failed: ${failed.join(", ")}`);
}

runMain(main);
