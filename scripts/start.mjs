/**
 * `npm start`: sets everything up on the embedded default (SQLite under ./data) and runs the
 * production server on the pinned Node (docs/runtime.md). Honours PORT and HOSTNAME like
 * `next start`; signals reach the server.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { continueUnderPinnedNode, ensureNativeAddons } from "./pinned-node.mjs";
import {
  ensureBuild,
  ensureNodeModules,
  ensurePrismaClient,
  ensureSystemPackages,
  migrate,
  RUNTIME_PACKAGES,
  root,
} from "./setup.mjs";

try {
  ensureNodeModules();
  await continueUnderPinnedNode();
  ensureNativeAddons();
  ensureSystemPackages(RUNTIME_PACKAGES);
  ensurePrismaClient();
  migrate();
  ensureBuild();
} catch (error) {
  console.error(`[start] ${error.message}`);
  process.exit(1);
}

const args = [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start"];
if (process.env.HOSTNAME) args.push("--hostname", process.env.HOSTNAME);
const server = spawn(process.execPath, args, {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
