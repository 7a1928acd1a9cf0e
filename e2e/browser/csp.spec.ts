import type { Page } from "@playwright/test";
import { expect, test, UploadPage, withFreshServer } from "./fixtures";

/**
 * The pages under their Content-Security-Policy in a real browser: a whole upload, the result
 * with its image and boxes, then the history with its thumbnails, and not one thing blocked.
 */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every CSP violation the page reports, from the first byte of every document. */
async function watchViolations(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const console: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(text)) console.push(text);
  });
  // Injected by the browser itself, outside the page's policy.
  await page.addInitScript(() => {
    const store: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = store;
    document.addEventListener("securitypolicyviolation", (event) => {
      store.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return {
    console,
    violations: () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
  };
}

function policyNonce(policy: string | undefined): string | undefined {
  return /script-src [^;]*'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

withFreshServer();

test.describe("the pages under their Content-Security-Policy", () => {
  test("uploads, reads the result and browses the history with nothing blocked", async ({ page }) => {
    const watch = await watchViolations(page);
    const app = new UploadPage(page);

    const response = await page.goto(`${app.baseUrl}/`);
    const nonce = policyNonce(response?.headers()["content-security-policy"]);
    expect(nonce).toBeTruthy();
    // Every script Next rendered carries this response's nonce (browsers hide the attribute
    // once parsed; the property keeps it).
    const rendered = await page.evaluate(() => Array.from(document.scripts, (script) => script.nonce));
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set([nonce]));

    await app.open();
    await app.pickAs({ fixture: "en-payment-light", name: "csp-coffee.png" });
    const card = app.card("csp-coffee.png");
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("field-total")).toContainText("$12.45");
    await expect(card.getByTestId("field-box").first()).toBeAttached();
    const image = card.locator("img").first();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await page.getByTestId("nav-history").click();
    await expect(page).toHaveURL(/\/history$/);
    const thumbnail = page.locator("main img").first();
    await expect(thumbnail).toBeVisible();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // A full load of the history too, with its own nonce.
    const history = await page.reload();
    const historyNonce = policyNonce(history?.headers()["content-security-policy"]);
    expect(historyNonce).toBeTruthy();
    expect(historyNonce).not.toBe(nonce);
    await expect(page.locator("main img").first()).toBeVisible();

    expect(await watch.violations()).toEqual([]);
    expect(watch.console).toEqual([]);
  });

  test("blocks a script that got into the page without the nonce, as an injection would", async ({ page }) => {
    const watch = await watchViolations(page);
    const baseUrl = new UploadPage(page).baseUrl;
    // The server's own response and headers, with an inline script slipped into the HTML.
    await page.route(`${baseUrl}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${baseUrl}/`);
    await expect(page.getByTestId("upload-zone")).toHaveAttribute("data-ready", "true");
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect
      .poll(async () => (await watch.violations()).map((violation) => violation.directive))
      .toContain("script-src-elem");
  });
});
