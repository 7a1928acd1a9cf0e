import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";

/**
 * Browser tests in Debian's Chromium (Playwright's own browser download is not possible
 * here), against the built app behind the real nginx, both started by the global setup.
 */
export default defineConfig({
  testDir: "e2e/browser",
  timeout: 90_000,
  expect: { timeout: 30_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"]],
  globalSetup: "./e2e/browser/global-setup.ts",
  outputDir: "test-results",
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The specs read English labels; the Japanese UI is switched to explicitly where tested.
    locale: "en-US",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "desktop",
      // Installing and sharing from another app happen on phones: the PWA flows run once, there.
      testIgnore: /pwa\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    {
      name: "phone",
      // Accounts add no layout of their own worth a second size; their flows run once, on desktop.
      testIgnore: /accounts\.spec\.ts/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
  ],
});
