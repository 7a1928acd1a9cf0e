/**
 * `npm test`: installs what the tests need (npm packages, Debian packages: browser, nginx,
 * CJK fonts, OCR data), then runs lint, typecheck, unit tests, the production build, then the API
 * tests (app and nginx started by the tests) beside the browser tests in Chromium, all on the
 * pinned Node (docs/runtime.md).
 */
import { spawn, spawnSync } from "node:child_process";
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

/**
 * Runs one suite in the background: its output goes to a file (printed whole when it ends, so
 * two suites side by side do not interleave their lines), and the promise gives its exit code.
 */
function background(title, command, args, env = {}) {
  const logFile = path.join(reports, `${title.replace(/\W+/g, "-")}.log`);
  const out = fs.openSync(logFile, "w");
  const started = Date.now();
  // At a lower CPU priority than the suite in the foreground: it fills that suite's waits
  // instead of slowing the steps that suite waits for with 30-second expectations.
  const child = spawn("nice", ["-n", "5", command, ...args], {
    cwd: root,
    stdio: ["ignore", out, out],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      fs.closeSync(out);
      console.log(`\n=== ${title} (ran beside the next step) ===`);
      process.stdout.write(fs.readFileSync(logFile, "utf8"));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) console.log(`✓ ${title} (${seconds} s)`);
      else console.error(`\n✗ ${title} failed (exit ${code ?? signal})`);
      resolve(code ?? 1);
    });
  });
}

/** The share of the CPUs' time spent idle over the next `ms` milliseconds (0–1). */
async function idleShare(ms = 2000) {
  const totals = () =>
    os.cpus().reduce(
      (sum, cpu) => {
        const times = Object.values(cpu.times);
        return { idle: sum.idle + cpu.times.idle, all: sum.all + times.reduce((a, b) => a + b, 0) };
      },
      { idle: 0, all: 0 },
    );
  const before = totals();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = totals();
  return (after.idle - before.idle) / Math.max(1, after.all - before.all);
}

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
// The API files that check timing on purpose (a 600 ms stream idle limit, unbuffered delivery
// through nginx, rate-limit windows, heartbeats) run alone first; then the other API files run
// beside the browser suite: each spends most of its time waiting (on OCR behind one pipeline
// slot, on streams, on servers starting), so on 2 cores together they take little longer than
// the browser suite alone (docs/testing.md). Every server of either has its own port and data
// directory. The API files still run one at a time.
step("API tests that check timing (vitest, app + nginx, PostgreSQL)", bin("vitest"), [
  "run",
  "--config",
  "vitest.e2e.config.ts",
  "--project",
  "api-timed",
  ...vitestJson("api-timed.json"),
]);
countVitest(path.join(reports, "api-timed.json"));
// Only on a machine that is otherwise idle (CI, a quiet workstation): on one already busy with
// other work, two suites on top of it starved OCR past the browser tests' waits (docs/testing.md),
// so there they run one after the other. SUKUSHO_TEST_PARALLEL=1 or 0 decides instead.
const apiArgs = ["run", "--config", "vitest.e2e.config.ts", "--project", "api", ...vitestJson("api.json")];
const idle = await idleShare();
const parallel = process.env.SUKUSHO_TEST_PARALLEL ? process.env.SUKUSHO_TEST_PARALLEL === "1" : idle >= 0.8;
console.log(
  `\n[test] CPUs ${Math.round(idle * 100)}% idle: ${parallel ? "the API tests run beside the browser tests" : "the API tests run first, then the browser tests"}`,
);
if (!parallel) step("API tests (vitest, app + nginx)", bin("vitest"), apiArgs);
const api = parallel ? background("API tests (vitest, app + nginx)", bin("vitest"), apiArgs) : Promise.resolve(0);
const browserStarted = Date.now();
console.log("\n=== browser tests (playwright, chromium) ===");
const browser = spawnSync(bin("playwright"), ["test", "--reporter=list,json"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "browser.json") },
});
const browserSeconds = ((Date.now() - browserStarted) / 1000).toFixed(1);
if (browser.status === 0) console.log(`✓ browser tests (playwright, chromium) (${browserSeconds} s)`);
else console.error(`\n✗ browser tests (playwright, chromium) failed (exit ${browser.status ?? browser.signal})`);
const apiStatus = await api;
if (browser.status !== 0 || apiStatus !== 0) process.exit(browser.status || apiStatus || 1);
countVitest(path.join(reports, "api.json"));
countPlaywright(path.join(reports, "browser.json"));
fs.rmSync(reports, { recursive: true, force: true });
console.log("\nAll test suites passed.");
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
