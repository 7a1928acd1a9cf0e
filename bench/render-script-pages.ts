/**
 * Renders bench/support/script-pages.ts with Debian's Chromium into fixtures/ocr-scripts/:
 * `<name>.png` and `<name>.text.txt` (the visible text in reading order, the CER reference).
 *
 *   npx tsx bench/render-script-pages.ts
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";
import { charBoxesToText, collectCharBoxes } from "../scripts/fixtures/visible-text";
import { SCRIPT_PAGES } from "./support/script-pages";

const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/ocr-scripts");

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const spec of SCRIPT_PAGES) {
      const context = await browser.newContext({
        viewport: { width: spec.width, height: 600 },
        deviceScaleFactor: spec.deviceScaleFactor,
        locale: spec.locale,
        timezoneId: "UTC",
        offline: true,
      });
      try {
        const page = await context.newPage();
        await page.setContent(spec.html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const png = await page.screenshot({ fullPage: true, type: "png", animations: "disabled", caret: "hide" });
        const text = charBoxesToText(await page.evaluate(collectCharBoxes));
        await writeFile(path.join(OUT_DIR, `${spec.name}.png`), png);
        await writeFile(path.join(OUT_DIR, `${spec.name}.text.txt`), text);
        console.log(`${spec.name}: ${png.length} bytes`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
