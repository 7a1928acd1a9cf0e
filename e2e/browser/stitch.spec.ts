import fs from "node:fs";
import path from "node:path";
import { expect, test, withFreshServer } from "./fixtures";

// A tall list capture cut into 3 overlapping screenshots (scripts/stitch/write-fixtures.ts).
const CASE = path.resolve(import.meta.dirname, "../../fixtures/stitch/long-scroll-002-en-gb");
const truth = JSON.parse(fs.readFileSync(path.join(CASE, "truth.json"), "utf8")) as { rows: unknown[] };

withFreshServer();

test.describe("screenshots of one long list", () => {
  test("three overlapping screenshots become one list without repeats", async ({ app, page }, info) => {
    // Three tall screenshots read one after the other (one pipeline slot in the browser tests).
    test.setTimeout(240_000);
    const tag = `${info.project.name}-${Date.now().toString(36)}`;
    await page.getByTestId("kind-select").selectOption("transaction_list");
    await page.getByTestId("stitch-option").check();
    await page.getByTestId("upload-input").setInputFiles(
      [1, 2, 3].map((n) => ({
        name: `scroll-${tag}-${n}.png`,
        mimeType: "image/png",
        buffer: fs.readFileSync(path.join(CASE, `page-${n}.png`)),
      })),
    );
    const card = app.card(`scroll-${tag}-1.png`);
    const list = card.getByTestId("stitched-list");
    await expect(list).toHaveAttribute("data-complete", "true", { timeout: 200_000 });
    await expect(list.getByTestId("stitch-page")).toHaveCount(3);

    const rows = list.getByTestId("stitched-row");
    const count = await rows.count();
    // Every truth row once (two may be misread on their page), and no row twice.
    expect(count).toBeGreaterThanOrEqual(truth.rows.length - 2);
    expect(count).toBeLessThanOrEqual(truth.rows.length);
    const texts = await rows.locator("td:nth-child(-n+2)").allInnerTexts();
    const keys = [];
    for (let index = 0; index < texts.length; index += 2) keys.push(`${texts[index]}|${texts[index + 1]}`);
    expect(new Set(keys).size).toBe(keys.length);
    await expect(list.getByTestId("stitch-summary")).toContainText(`${count} rows`);
    await expect(list.getByTestId("stitch-summary")).toContainText(/[1-9]\d* repeats? removed/);
    await expect(list.getByTestId("stitch-no-overlap")).toHaveCount(0);

    // Rows come from all three pages, and a row's tag shows its box on its screenshot.
    for (const n of [0, 1, 2])
      expect(await list.locator(`[data-testid="stitched-row"][data-page="${n}"]`).count()).toBeGreaterThan(0);
    const last = list.locator('[data-testid="stitched-row"][data-page="2"]').last();
    await last.getByTestId("row-page-tag").click();
    await expect(last.getByTestId("row-page-tag")).toHaveText("page 3");
    const preview = list.getByTestId("stitch-preview");
    await expect(preview).toContainText(`scroll-${tag}-3.png`);
    await expect(preview.getByTestId("field-box")).toHaveCount(1);
    await page.screenshot({ path: info.outputPath("stitched-list.png"), fullPage: true });
  });
});
