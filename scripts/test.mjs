/**
 * `npm test`: installs what the tests need (npm packages, Debian packages: browser, nginx,
 * CJK fonts, OCR data), then runs lint, typecheck, unit tests, the production build, the API
 * tests (app and nginx started by the tests), and the browser tests in Chromium, all on the
 * pinned Node (docs/runtime.md).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { continueUnderPinnedNode, ensureNativeAddons } from "./pinned-node.mjs";
import {
  ensureBuild,
  ensureNodeModules,
  ensurePostgres,
  ensurePrismaClient,
  ensureSystemPackages,
  root,
  TEST_PACKAGES,
} from "./setup.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

/** Adds a Vitest JSON report's counts to the totals. */
function countVitest(file) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

/** Adds a Playwright JSON report's counts to the totals. */
function countPlaywright(file) {
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

const vitestJson = (name) => ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, name)}`];

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  ensureNodeModules();
  await continueUnderPinnedNode();
  ensureNativeAddons();
  ensureSystemPackages(TEST_PACKAGES);
  ensurePostgres();
  ensurePrismaClient();
} catch (error) {
  console.error(`[test] ${error.message}`);
  process.exit(1);
}
console.log(`[test] Node ${process.version}`);

step("lint (biome)", bin("biome"), ["check", "."]);
step("typecheck (tsc)", bin("tsc"), ["--noEmit", "-p", "."]);
step("unit tests (vitest)", bin("vitest"), ["run", ...vitestJson("unit.json")]);
countVitest(path.join(reports, "unit.json"));
console.log("\n=== build (next build) ===");
ensureBuild(".next");
step("API tests (vitest, app + nginx)", bin("vitest"), [
  "run",
  "--config",
  "vitest.e2e.config.ts",
  ...vitestJson("api.json"),
]);
countVitest(path.join(reports, "api.json"));
step("browser tests (playwright, chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "browser.json"),
});
countPlaywright(path.join(reports, "browser.json"));
fs.rmSync(reports, { recursive: true, force: true });
console.log("\nAll test suites passed.");
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
