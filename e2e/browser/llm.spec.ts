import { type AppServer, startApp } from "../support/app-server";
import { type FakeOpenAI, fixtureResponder, sequence, startFakeOpenAI } from "../support/fake-openai";
import { type NginxServer, startNginx } from "../support/nginx";
import { expect, test, UploadPage, withFreshServer } from "./fixtures";

/** A model that answers from the fixtures' truth, slowly enough to watch the fields fill in. */
const slowFixtureModel = sequence((request) => ({ ...fixtureResponder(request), chunkChars: 4, chunkDelayMs: 25 }));

test.describe("reading with an LLM (an OpenAI-compatible test endpoint)", () => {
  let model: FakeOpenAI;
  let app: AppServer;
  let proxy: NginxServer;

  test.beforeAll(async () => {
    model = await startFakeOpenAI({ responder: slowFixtureModel });
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
  test.beforeEach(() => model.setResponder(slowFixtureModel));

  test("watches the fields fill in live, then sees them boxed on the screenshot", async ({ page }, info) => {
    const upload = new UploadPage(page, proxy.url);
    await upload.open();
    await expect(page.getByTestId("extractor-select")).toHaveValue("llm");
    await upload.paste("en-payment-light", "coffee.png");
    const card = upload.card("coffee.png");
    await expect(card.getByTestId("extract-partial")).toBeVisible();
    await expect(card.getByTestId("partial-field-merchant")).toContainText("Blue Bottle");
    await expect(card).toHaveAttribute("data-status", /running/);
    await page.screenshot({ path: info.outputPath("filling-in.png"), fullPage: true });
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("extractor-label")).toContainText("gpt-4o-mini");
    await expect(card.getByTestId("field-merchant")).toContainText("Blue Bottle Coffee");
    await expect(card.getByTestId("field-total")).toContainText("$12.45");
    expect(await card.getByTestId("field-box").count()).toBeGreaterThan(3);
    await page.screenshot({ path: info.outputPath("llm-done.png"), fullPage: true });
  });

  test("sees a rate limit and the retry, then the result", { tag: "@one-size" }, async ({ page }) => {
    model.setResponder(sequence({ type: "status", status: 429, headers: { "retry-after": "2" } }, fixtureResponder));
    const upload = new UploadPage(page, proxy.url);
    await upload.open();
    await upload.pick("ja-payment-light");
    const card = upload.card("ja-payment-light.png");
    await expect(card.getByTestId("retry-notice").first()).toContainText(/429|rate/i);
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("field-merchant")).toContainText("ファミリーマート");
  });

  test("can still choose the local rules", { tag: "@one-size" }, async ({ page }) => {
    const upload = new UploadPage(page, proxy.url);
    await upload.open();
    await page.getByTestId("extractor-select").selectOption("local");
    await upload.pick("en-payment-dark");
    const card = upload.card("en-payment-dark.png");
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("extractor-label")).toContainText("local rules");
    await page.getByTestId("extractor-select").selectOption("llm");
  });
});

test.describe("without an LLM", () => {
  withFreshServer();

  test("says so when no LLM is configured, and reads with the local rules", { tag: "@one-size" }, async ({ app }) => {
    await expect(app.page.getByTestId("llm-unavailable-note")).toBeVisible();
    await expect(app.page.getByTestId("extractor-select")).toHaveCount(0);
  });
});
