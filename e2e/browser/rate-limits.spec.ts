import { type AppServer, startApp } from "../support/app-server";
import { expect, test, UploadPage } from "./fixtures";

/** An upload the server refuses for now (429): the page says how long, waits, and sends it again. */
test.describe("too many uploads", () => {
  let app: AppServer;

  test.beforeAll(async () => {
    app = await startApp({ env: { RATE_LIMIT_UPLOADS_PER_IP: "1", RATE_LIMIT_UPLOADS_WINDOW_SECONDS: "8" } });
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test("shows the wait counting down, then uploads by itself", { tag: "@one-size" }, async ({ page }, info) => {
    const upload = new UploadPage(page, app.url);
    await upload.open();
    await upload.pick("en-payment-light");
    // The window's one file is used: the next upload is refused for a few seconds.
    await upload.pickAs({ fixture: "ja-payment-light", name: "after-the-wait.png" });
    const notice = page.getByTestId("rate-limit-notice");
    await expect(notice).toHaveText(/^Too many uploads — retrying in [1-8] s$/);
    const first = Number(/(\d) s/.exec((await notice.textContent()) ?? "")?.[1]);
    // It counts down while it waits (checked before the screenshot, which on a loaded machine
    // can take the rest of the window).
    await expect(notice).not.toHaveText(`Too many uploads — retrying in ${first} s`);
    await page.screenshot({ path: info.outputPath("rate-limited.png") });
    await expect(upload.card("after-the-wait.png")).toBeVisible({ timeout: 15_000 });
    await expect(notice).toBeHidden();
    await expect(page.getByTestId("upload-error")).toHaveCount(0);
  });
});
