import { freePort } from "../support/free-port";
import { startNginx } from "../support/nginx";
import { expect, test, UploadPage, withFreshServer } from "./fixtures";

const steps = ["check", "queue", "ocr", "extract", "verify"];

withFreshServer();

test.describe("a person turns a screenshot into data", () => {
  test("pastes an English payment screenshot and sees the steps and the right fields", async ({ app, page }, info) => {
    await app.paste("en-payment-light", "coffee.png");
    const card = app.card("coffee.png");
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute("data-status", "succeeded");
    for (const step of steps)
      await expect(card.getByTestId(`step-${step}`)).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("field-merchant")).toContainText("Blue Bottle Coffee");
    await expect(card.getByTestId("field-total")).toContainText("$12.45");
    await expect(card.getByTestId("field-date")).toContainText(/Oct(ober)? 3, 2026|2026-10-03/);
    await expect(card.getByTestId("field-box").first()).toBeAttached();
    expect(await card.getByTestId("field-box").count()).toBeGreaterThan(3);
    await page.screenshot({ path: info.outputPath("en-payment.png"), fullPage: true });
  });

  test("picks a Japanese payment screenshot and sees yen and the Japanese merchant", async ({ app, page }, info) => {
    await app.pick("ja-payment-light");
    const card = app.card("ja-payment-light.png");
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("field-total")).toContainText(/¥\s?1,280|1,280/);
    await expect(card.getByTestId("field-merchant")).toContainText("ファミリーマート");
    await page.screenshot({ path: info.outputPath("ja-payment.png"), fullPage: true });
  });

  test("sees every row of a long bank statement", async ({ app, page }, info) => {
    await app.pick("ja-bank-statement-long");
    const card = app.card("ja-bank-statement-long.png");
    await expect(card).toHaveAttribute("data-status", "succeeded");
    expect(await card.getByTestId("transaction-row").count()).toBeGreaterThanOrEqual(25);
    await page.screenshot({ path: info.outputPath("bank-statement.png"), fullPage: true });
  });

  test("reloads mid-job and the jobs resume where they were", { tag: "@one-size" }, async ({ app, page }) => {
    // Two tall screenshots with one pipeline slot: the second is certainly still queued or
    // running when the page reloads.
    await page
      .getByTestId("upload-input")
      .setInputFiles([app.fixturePath("ja-bank-statement-long"), app.fixturePath("en-card-history-light")]);
    const second = app.card("en-card-history-light.png");
    await expect(second).toHaveAttribute("data-status", /queued|running/);
    await page.reload();
    for (const name of ["ja-bank-statement-long.png", "en-card-history-light.png"]) {
      const card = app.card(name);
      await expect(card).toBeVisible();
      await expect(card).toHaveAttribute("data-status", "succeeded");
      await expect(card.getByTestId("step-verify")).toHaveAttribute("data-status", "succeeded");
    }
    expect(await app.card("en-card-history-light.png").getByTestId("transaction-row").count()).toBeGreaterThanOrEqual(
      8,
    );
  });

  test("is told in plain words when the file is not an image", { tag: "@one-size" }, async ({ app, page }) => {
    await page.getByTestId("upload-input").setInputFiles({
      name: "drawing.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await expect(page.getByRole("alert").filter({ hasText: "drawing.svg" })).toContainText("not a PNG, JPEG or WebP");
    await expect(app.card("drawing.svg")).toHaveCount(0);
  });

  test("hears the progress through a live region", { tag: "@one-size" }, async ({ app }) => {
    await app.paste("en-payment-dark", "ride.png");
    const card = app.card("ride.png");
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.locator('[aria-live="polite"]')).toContainText(/Done/i);
  });
});

test.describe("a person on a flaky network", () => {
  test("loses the connection mid-job and gets the rest when it comes back", { tag: "@one-size" }, async ({ page }) => {
    // Three tall screenshots read one after another (one pipeline slot): a busy machine's budget.
    test.setTimeout(180_000);
    // A proxy of its own, so that this test can take it down and bring it back on the same address.
    const upstreamPort = Number(new URL(process.env.SUKUSHO_DIRECT_URL ?? "").port);
    const port = await freePort();
    let proxy = await startNginx({ upstreamPort, port });
    try {
      const app = new UploadPage(page, proxy.url);
      await app.open();
      // Two lists first: with one pipeline slot the card waits behind both, so it is
      // still unfinished when the proxy goes down, however fast the machine reads.
      await page
        .getByTestId("upload-input")
        .setInputFiles([
          app.fixturePath("ja-bank-statement-long"),
          app.fixturePath("en-card-history-light"),
          app.fixturePath("ja-card-history-dark"),
        ]);
      const second = app.card("ja-card-history-dark.png");
      await expect(second).toHaveAttribute("data-status", /queued|running/);
      await proxy.stop();
      await expect(second.getByTestId("connection-notice")).toBeVisible();
      proxy = await startNginx({ upstreamPort, port });
      await expect(second).toHaveAttribute("data-status", "succeeded", { timeout: 120_000 });
      await expect(second.getByTestId("connection-notice")).toHaveCount(0);
      expect(await second.getByTestId("transaction-row").count()).toBeGreaterThanOrEqual(6);
    } finally {
      await proxy.stop();
    }
  });
});
