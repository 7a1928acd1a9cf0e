import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  addonLoads,
  binDir,
  pinnedNodeBinary,
  pinnedNodeDir,
  pinnedNodeVersion,
  withPinnedPath,
} from "./pinned-node.mjs";

const moduleUrl = pathToFileURL(path.join(import.meta.dirname, "pinned-node.mjs")).href;

/** The first `node` on PATH once node_modules/.bin is taken off it: the machine's own. */
function machineNode(): string {
  const PATH = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((entry) => path.resolve(entry) !== binDir)
    .join(path.delimiter);
  const found = spawnSync("sh", ["-c", "command -v node"], { encoding: "utf8", env: { ...process.env, PATH } });
  return found.stdout.trim();
}

/** Runs a script that continues under the pinned Node, started with the machine's Node. */
function runFromMachineNode(body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pinned-node-"));
  const script = path.join(dir, "script.mjs");
  fs.writeFileSync(
    script,
    `import { continueUnderPinnedNode } from ${JSON.stringify(moduleUrl)};\n` +
      `console.log("before", process.version);\nawait continueUnderPinnedNode();\n${body}\n`,
  );
  const PATH = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((entry) => path.resolve(entry) !== binDir)
    .join(path.delimiter);
  const result = spawnSync(machineNode(), [script], { encoding: "utf8", env: { ...process.env, PATH } });
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

describe("the pinned Node", () => {
  it("is an exact release of an LTS line (even major) at least 24", () => {
    const [major] = pinnedNodeVersion().split(".").map(Number);
    expect(pinnedNodeVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(major).toBeGreaterThanOrEqual(24);
    expect((major ?? 1) % 2).toBe(0);
  });

  it("is the Node these tests run on (npx and npm scripts find it first on PATH)", () => {
    expect(process.version).toBe(`v${pinnedNodeVersion()}`);
  });

  it("is installed in node_modules/.bin with its headers, for building addons offline", () => {
    const version = spawnSync(pinnedNodeBinary, ["--version"], { encoding: "utf8" }).stdout.trim();
    expect(version).toBe(`v${pinnedNodeVersion()}`);
    const header = fs.readFileSync(path.join(pinnedNodeDir(), "include", "node", "node_version.h"), "utf8");
    const major = header.match(/#define NODE_MAJOR_VERSION (\d+)/)?.[1];
    expect(major).toBe(pinnedNodeVersion().split(".")[0]);
  });

  it("loads better-sqlite3 (the one native addon) under the pinned binary", () => {
    expect(addonLoads("better-sqlite3", pinnedNodeBinary)).toBe(true);
  });

  it("puts node_modules/.bin first on PATH, once", () => {
    const env = withPinnedPath({ PATH: ["/usr/bin", binDir, "/bin"].join(path.delimiter) });
    expect(env.PATH?.split(path.delimiter)).toEqual([binDir, "/usr/bin", "/bin"]);
  });

  it("moves a script started on the machine's Node onto the pinned one, with its exit code", () => {
    const result = runFromMachineNode(
      'console.log("after", process.version, process.env.PATH.split(":")[0]);\nprocess.exit(7);',
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(7);
    const after = result.stdout.split("\n").find((line) => line.startsWith("after "));
    expect(after).toBe(`after v${pinnedNodeVersion()} ${binDir}`);
    // The lines before the switch ran on the machine's Node, once.
    expect(result.stdout.match(/^before /gm)?.length).toBe(
      spawnSync(machineNode(), ["--version"], { encoding: "utf8" }).stdout.trim() === `v${pinnedNodeVersion()}` ? 1 : 2,
    );
  });
});
