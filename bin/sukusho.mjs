#!/usr/bin/env node
// The `sukusho` command: runs cli/main.ts with tsx (`node --import tsx`), with paths resolved
// from this file so it works from any directory, and the package's tsconfig for its `@/` imports.
// The exit code and signals pass through; see `sukusho --help` and docs/client-and-cli.md.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const main = path.join(root, "cli", "main.ts");

let tsx;
try {
  tsx = import.meta.resolve("tsx");
} catch {
  process.stderr.write(`sukusho: tsx is not installed in ${root}; run npm install there.\n`);
  process.exit(2);
}

const child = spawn(process.execPath, ["--import", tsx, main, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") },
});

// Ctrl-C reaches the whole process group: the child handles it (and says which jobs go on);
// a signal sent to this process alone is passed on.
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.on("SIGINT", () => {});
process.on("SIGTERM", () => forward("SIGTERM"));
process.on("SIGHUP", () => forward("SIGHUP"));

child.on("error", (error) => {
  process.stderr.write(`sukusho: could not start node: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
