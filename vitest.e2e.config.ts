import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** API tests: each file starts the built app (and nginx) itself; run one file at a time. */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["e2e/api/**/*.test.ts"],
    environment: "node",
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
