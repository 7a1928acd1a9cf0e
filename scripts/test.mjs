/**
 * `npm test`: installs what the tests need (npm packages, Debian packages: browser, nginx,
 * CJK fonts, OCR data), then runs lint, typecheck, unit tests, the production build, the API
 * tests (app and nginx started by the tests), and the browser tests in Chromium.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  ensureBuild,
  ensureNodeModules,
  ensurePrismaClient,
  ensureSystemPackages,
  root,
  TEST_PACKAGES,
} from "./setup.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);

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
  ensureSystemPackages(TEST_PACKAGES);
  ensurePrismaClient();
} catch (error) {
  console.error(`[test] ${error.message}`);
  process.exit(1);
}

step("lint (biome)", bin("biome"), ["check", "."]);
step("typecheck (tsc)", bin("tsc"), ["--noEmit", "-p", "."]);
step("unit tests (vitest)", bin("vitest"), ["run"]);
console.log("\n=== build (next build) ===");
ensureBuild(".next");
step("API tests (vitest, app + nginx)", bin("vitest"), ["run", "--config", "vitest.e2e.config.ts"]);
step("browser tests (playwright, chromium)", bin("playwright"), ["test"]);
console.log("\nAll test suites passed.");
