import { type AppServer, startApp } from "../support/app-server";
import { type FakeOpenAI, fixtureResponder, startFakeOpenAI } from "../support/fake-openai";
import { type NginxServer, startNginx } from "../support/nginx";
import { downloadText, expect, test, UploadPage, uniqueName, withFreshServer } from "./fixtures";

/** The CSV export's columns, in order (see lib/export/to-csv.ts). */
const CSV_HEADER =
  "job_id,file_name,kind,date,time,description,amount,currency,direction,payment_method,reference,corrected," +
  "address,subtotal,tax,rounding";

test.use({ locale: "en-US" });

test.describe("a person reviews what was read", () => {
  withFreshServer();

  test("corrects the total and the merchant, keeps them over a reload, reverts one, accepts and downloads the CSV", async ({
    app,
    page,
  }, info) => {
    const name = uniqueName("ja-payment-light", info.project.name);
    await app.pickAs({ fixture: "ja-payment-light", name });
    const card = app.card(name);
    await expect(card).toHaveAttribute("data-status", "succeeded");
    const total = card.getByTestId("field-total");
    const merchant = card.getByTestId("field-merchant");
    await expect(total).toContainText("¥1,280");
    await expect(card.getByTestId("corrected-marker")).toHaveCount(0);

    // The total: click the value, type, Enter.
    await total.getByRole("button", { name: /^Edit Total/ }).click();
    const totalInput = card.getByTestId("edit-total");
    await expect(totalInput).toBeFocused();
    await expect(totalInput).toHaveAttribute("type", "number");
    await totalInput.fill("1300");
    await totalInput.press("Enter");
    await expect(totalInput).toHaveCount(0);
    await expect(total).toContainText("¥1,300");
    await expect(total.getByTestId("corrected-marker")).toBeVisible();
    await expect(total.getByTestId("original-value")).toContainText("¥1,280");

    // The merchant, with Escape first: nothing changes.
    await merchant.getByRole("button", { name: /^Edit Merchant/ }).click();
    await card.getByTestId("edit-merchant").fill("Somewhere else");
    await card.getByTestId("edit-merchant").press("Escape");
    await expect(card.getByTestId("edit-merchant")).toHaveCount(0);
    await expect(merchant).toContainText("ファミリーマート");
    await expect(merchant.getByTestId("corrected-marker")).toHaveCount(0);

    await merchant.getByRole("button", { name: /^Edit Merchant/ }).click();
    await card.getByTestId("edit-merchant").fill("FamilyMart Shibuya Dogenzaka");
    await card.getByTestId("edit-merchant").press("Enter");
    await expect(merchant).toContainText("FamilyMart Shibuya Dogenzaka");
    await expect(merchant.getByTestId("original-value")).toContainText("ファミリーマート 渋谷道玄坂店");
    await expect(card.getByTestId("corrected-marker")).toHaveCount(2);
    await expect(card.getByTestId("corrections-count")).toContainText("2 corrections");
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: info.outputPath("review-card-corrected.png") });

    // The corrections are the server's: a reload shows them again.
    await page.reload();
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(total).toContainText("¥1,300");
    await expect(merchant).toContainText("FamilyMart Shibuya Dogenzaka");
    await expect(card.getByTestId("corrected-marker")).toHaveCount(2);

    // Revert the merchant: the value read is back, the total stays corrected.
    await card.getByTestId("revert-merchant").click();
    await expect(merchant).toContainText("ファミリーマート 渋谷道玄坂店");
    await expect(merchant.getByTestId("corrected-marker")).toHaveCount(0);
    await expect(card.getByTestId("revert-merchant")).toHaveCount(0);
    await expect(total.getByTestId("corrected-marker")).toBeVisible();

    // Accept: the badge replaces the button, and stays after a reload.
    await card.getByTestId("accept-button").click();
    await expect(card.getByTestId("accepted-badge")).toBeVisible();
    await expect(card.getByTestId("accept-button")).toHaveCount(0);
    await page.reload();
    await expect(card.getByTestId("accepted-badge")).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: info.outputPath("review-card-accepted.png") });

    // The CSV: a BOM, the header, one row with the corrected total and the merchant as read.
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByTestId("download-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await downloadText(download);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).split(/\r?\n/).filter(Boolean);
    expect(header).toBe(CSV_HEADER);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(name);
    expect(rows[0]).toContain(",1300,");
    expect(rows[0]).toContain("ファミリーマート 渋谷道玄坂店");
    expect(rows[0]).not.toContain(",1280,");

    // The JSON download link, and the copy button with the corrected values.
    const id = await app.jobId(card);
    await expect(card.getByTestId("download-json")).toHaveAttribute("href", `/api/jobs/${id}/export?format=json`);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await card.getByTestId("copy-button").click();
    await expect(page.getByTestId("toast").first()).toHaveAttribute("data-tone", "success");
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied).toMatchObject({ kind: "receipt", total: 1300, merchant: "ファミリーマート 渋谷道玄坂店" });
  });

  test("says why a value was refused, and keeps the input open", async ({ app }, info) => {
    const name = uniqueName("en-payment-light", info.project.name);
    await app.pickAs({ fixture: "en-payment-light", name });
    const card = app.card(name);
    await expect(card).toHaveAttribute("data-status", "succeeded");
    // A value the page cannot read as a number is refused before it is sent.
    const total = card.getByTestId("field-total");
    await total.getByRole("button", { name: /^Edit Total/ }).click();
    const input = card.getByTestId("edit-total");
    await input.fill("");
    await input.pressSequentially("1e");
    await input.press("Enter");
    await expect(card.getByTestId("edit-error")).toBeVisible();
    await expect(input).toBeVisible();
    await input.press("Escape");
    await expect(total).toContainText("$12.45");

    // A value the server refuses (text longer than it keeps): its message shows under the input.
    const merchant = card.getByTestId("field-merchant");
    await merchant.getByRole("button", { name: /^Edit Merchant/ }).click();
    await card.getByTestId("edit-merchant").fill("x".repeat(1001));
    await card.getByTestId("edit-merchant").press("Enter");
    await expect(card.getByTestId("edit-error")).toContainText(/not valid/i);
    await expect(card.getByTestId("edit-merchant")).toBeVisible();
    await card.getByTestId("edit-merchant").press("Escape");
    await expect(merchant).toContainText("Blue Bottle Coffee");
    await expect(card.getByTestId("corrected-marker")).toHaveCount(0);
  });

  test("selects two jobs and downloads them in one CSV", async ({ app, page }) => {
    const receipt = uniqueName("ja-payment-light", "together");
    const coffee = uniqueName("en-payment-light", "together");
    await app.pickAs({ fixture: "ja-payment-light", name: receipt }, { fixture: "en-payment-light", name: coffee });
    const first = app.card(receipt);
    const second = app.card(coffee);
    await expect(first).toHaveAttribute("data-status", "succeeded");
    await expect(second).toHaveAttribute("data-status", "succeeded");

    await expect(page.getByTestId("export-bar")).toHaveCount(0);
    await first.getByTestId("select-job").check();
    await second.getByTestId("select-job").check();
    const bar = page.getByTestId("export-bar");
    await expect(bar).toBeVisible();
    await expect(bar).toContainText("2 selected");

    const ids = [await app.jobId(first), await app.jobId(second)];
    for (const id of ids) await expect(bar.getByTestId("export-selected-json")).toHaveAttribute("href", new RegExp(id));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      bar.getByTestId("export-selected-csv").click(),
    ]);
    const csv = await downloadText(download);
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .filter(Boolean);
    expect(header).toBe(CSV_HEADER);
    expect(rows).toHaveLength(2);
    expect(csv).toContain(receipt);
    expect(csv).toContain(coffee);
    expect(csv).toContain(",1280,JPY,");
    expect(csv).toContain(",12.45,USD,");

    // Unticking one leaves one; clearing hides the bar.
    await second.getByTestId("select-job").uncheck();
    await expect(bar).toContainText("1 selected");
    await bar.getByRole("button", { name: "Clear selection" }).click();
    await expect(page.getByTestId("export-bar")).toHaveCount(0);
    await expect(first.getByTestId("select-job")).not.toBeChecked();
  });
});

test.describe("a person reviews a printed receipt's subtotal and tax", () => {
  // A model that reads the fixtures as their truth says (address, subtotal and tax included),
  // so the card has the values whatever the local rules read from a paper receipt.
  let model: FakeOpenAI;
  let app: AppServer;
  let proxy: NginxServer;

  test.beforeAll(async () => {
    model = await startFakeOpenAI({ responder: fixtureResponder });
    app = await startApp({
      env: { OPENAI_API_KEY: model.apiKey, OPENAI_BASE_URL: model.url, LLM_MODEL: "gpt-4o-mini" },
    });
    proxy = await startNginx({ upstreamPort: app.port });
  });
  test.afterAll(async () => {
    await proxy?.stop();
    await app?.stop();
    await model?.close();
  });

  test("sees the address, subtotal and tax in the receipt's order, boxed, and corrects the tax", async ({
    page,
  }, info) => {
    const upload = new UploadPage(page, proxy.url);
    await upload.open();
    const name = uniqueName("ja-receipt-items", info.project.name);
    await upload.pickAs({ fixture: "ja-receipt-items", name });
    const card = upload.card(name);
    await expect(card).toHaveAttribute("data-status", "succeeded");

    await expect(card.getByTestId("field-address")).toContainText("東京都渋谷区神南1-2-3");
    await expect(card.getByTestId("field-subtotal")).toContainText("¥984");
    const tax = card.getByTestId("field-tax");
    await expect(tax).toContainText("¥78");
    await expect(card.getByTestId("field-total")).toContainText("¥1,062");
    // Not printed on this receipt: no row for it.
    await expect(card.getByTestId("field-rounding")).toHaveCount(0);
    // As the receipt prints them: who and when, the items, then the amounts and the payment.
    const order = await card
      .locator('[data-testid^="field-"]:not([data-testid="field-box"]), [data-testid="line-item"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")));
    expect(order.filter((id, i) => id !== "line-item" || order[i - 1] !== "line-item")).toEqual([
      "field-merchant",
      "field-address",
      "field-date",
      "field-time",
      "line-item",
      "field-subtotal",
      "field-tax",
      "field-total",
      "field-currency",
      "field-paymentMethod",
      "field-reference",
    ]);
    // 984 + 78 = 1,062, and the items add up to the subtotal: both checks pass.
    await expect(card.locator('[data-testid="check"][data-code="amounts_sum"]')).toHaveAttribute("data-status", "pass");
    await expect(card.locator('[data-testid="check"][data-code="items_subtotal"]')).toHaveAttribute(
      "data-status",
      "pass",
    );
    // A value found in the image has its box on the screenshot, as the other fields do.
    const subtotalBox = card.locator('[data-testid="field-box"][data-field="subtotal"]');
    const taxBox = card.locator('[data-testid="field-box"][data-field="tax"]');
    await expect(subtotalBox).toHaveCount(1);
    await expect(taxBox).toHaveCount(1);
    // The tax's box is on its own line under the subtotal, not on the phone number (…-5678) at the top.
    const [subtotalAt, taxAt] = [await subtotalBox.boundingBox(), await taxBox.boundingBox()];
    expect(taxAt?.y ?? 0).toBeGreaterThan(subtotalAt?.y ?? Number.POSITIVE_INFINITY);

    await tax.getByRole("button", { name: /^Edit Tax/ }).click();
    const input = card.getByTestId("edit-tax");
    await expect(input).toHaveAttribute("type", "number");
    await input.fill("80");
    await input.press("Enter");
    await expect(tax).toContainText("¥80");
    await expect(tax.getByTestId("corrected-marker")).toBeVisible();
    await expect(tax.getByTestId("original-value")).toContainText("¥78");
    // The sum check added up the tax as read: it is marked as about a corrected value.
    await expect(card.locator('[data-testid="check"][data-code="amounts_sum"]')).toHaveAttribute(
      "data-corrected",
      "true",
    );
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: info.outputPath("review-receipt-tax-corrected.png") });

    const [download] = await Promise.all([page.waitForEvent("download"), card.getByTestId("download-csv").click()]);
    const [header, row] = (await downloadText(download))
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .filter(Boolean);
    expect(header).toBe(CSV_HEADER);
    expect(row).toMatch(/,tax,東京都渋谷区神南1-2-3,984,80,$/);
  });
});
