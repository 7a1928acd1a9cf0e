import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";

/**
 * Browser tests in Debian's Chromium (Playwright's own browser download is not possible
 * here), against the built app behind the real nginx, both started afresh for each spec file
 * (withFreshServer in e2e/browser/fixtures.ts).
 */
export default defineConfig({
  testDir: "e2e/browser",
  timeout: 90_000,
  expect: { timeout: 30_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"]],
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
      // Flows that happen on phones run once, there: installing and sharing from another app, a
      // scrolled list taken as screenshots, a screenshot uploaded twice, the spending chart.
      testIgnore: /(pwa|stitch|duplicates|spending)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    {
      name: "phone",
      // Flows with no layout of their own worth a second size run once, on desktop: accounts,
      // Actual Budget's settings and send, ten screenshots following one board stream, the
      // Content-Security-Policy (one policy and one bundle for every size; the PWA specs check
      // the phone's pages for CSP complaints too), and the tests tagged @one-size: streams
      // resumed after a reload or an outage, a refused file's alert, the live region's words,
      // the LLM's retry notice and extractor choice, the upload rate limit's countdown. The
      // phone still reads, reviews, searches and watches LLM fields fill in at its own size.
      testIgnore: /(accounts|actual-budget|board|csp)\.spec\.ts/,
      grepInvert: /@one-size/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
  ],
});
