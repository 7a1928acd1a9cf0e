import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * API test files that check timing on purpose: a model stream's 600 ms idle limit, unbuffered
 * delivery through nginx, rate-limit windows, a worker's heartbeat and a job's expiry under
 * PostgreSQL. `npm test` runs them alone (project `api-timed`); the others (project `api`) run
 * beside the browser tests, where the two suites' waits overlap (docs/testing.md).
 */
const TIMED = ["llm", "nginx", "rate-limits", "scale-out"].map((name) => `e2e/api/${name}.test.ts`);

/** API tests: each file starts the built app (and nginx) itself; run one file at a time. */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: "api-timed", include: TIMED } },
      { extends: true, test: { name: "api", include: ["e2e/api/**/*.test.ts"], exclude: TIMED } },
    ],
  },
});
