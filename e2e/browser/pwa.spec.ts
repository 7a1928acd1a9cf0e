import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { type AppServer, startApp } from "../support/app-server";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium";
import { expect, test, UploadPage, uniqueName, withFreshServer } from "./fixtures";

/**
 * The installed app (docs/pwa.md), on a phone: Chromium finds the manifest valid and the app
 * installable, the service worker starts, and screenshots shared from another app (the OS's
 * multipart POST to /share) end up on the board and are read, signed in or not yet.
 */

/** Waits until the page's service worker is activated (`ready` resolves while it is still activating). */
async function workerActivated(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe("activated");
}

/**
 * Navigates the page with a multipart form POST to /share, as the OS does for a share target:
 * the manifest's field names, the files in `file`.
 */
async function shareFiles(page: Page, files: { fixture: string; name: string }[]): Promise<void> {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const encoded = files.map(({ fixture, name }) => ({
    name,
    base64: fs.readFileSync(path.join(root, "fixtures/screens", `${fixture}.png`)).toString("base64"),
  }));
  await page.evaluate((files) => {
    const form = document.createElement("form");
    form.method = "POST";
    form.action = "/share";
    form.enctype = "multipart/form-data";
    const transfer = new DataTransfer();
    for (const { name, base64 } of files) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: "image/png" }));
    }
    const input = document.createElement("input");
    input.type = "file";
    input.name = "file";
    input.multiple = true;
    input.files = transfer.files;
    const title = document.createElement("input");
    title.name = "title";
    title.value = "Shared from the photo gallery";
    form.append(input, title);
    document.body.append(form);
    form.submit();
  }, encoded);
}

/** How many shares wait in the browser's IndexedDB (public/sw.js's store). */
async function storedShares(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("sukusho-share", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("shares", { keyPath: "id" });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction("shares").objectStore("shares").count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** Console errors and CSP complaints, which none of these pages may produce. */
function watchConsole(page: Page): string[] {
  const complaints: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" || /Content Security Policy|Refused to/i.test(text)) {
      complaints.push(`${text} (${message.location().url})`);
    }
  });
  return complaints;
}

withFreshServer();

test.describe("the installed app", () => {
  test("Chromium parses the manifest without errors and finds the app installable", async () => {
    // Playwright's usual contexts are off the record, which Chromium never offers to install
    // from: this test runs in a profile of its own.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-pwa-profile-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      locale: "en-US",
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const complaints = watchConsole(page);
      await new UploadPage(page).open();
      await workerActivated(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest");
      expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
      expect(manifest.errors).toEqual([]);
      const parsed = JSON.parse(manifest.data ?? "{}") as { share_target?: { action?: string } };
      expect(parsed.share_target?.action).toBe("/share");
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
      expect(complaints).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  test("the service worker serves its script uncached and answers for the offline page", async ({ page, context }) => {
    const app = new UploadPage(page);
    const complaints = watchConsole(page);
    await app.open();
    await workerActivated(page);
    const script = await page.request.get(`${app.baseUrl}/sw.js`);
    expect(script.headers()["cache-control"]).toContain("no-cache");

    await context.setOffline(true);
    await page.goto(`${app.baseUrl}/history`);
    await expect(page.getByTestId("offline-page")).toContainText("You are offline");
    // Its stylesheet came from the worker's cache too: the button is drawn, not a bare link.
    const retry = page.getByRole("link", { name: "Try again" });
    expect(await retry.evaluate((link) => getComputedStyle(link).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: test.info().outputPath("offline.png") });
    await context.setOffline(false);
    await retry.click();
    await expect(page.getByTestId("upload-zone")).toBeVisible();

    // Switching to Japanese has the worker cache the offline page again, in Japanese.
    await page.getByTestId("language-switch").locator('[data-locale="ja"]').click();
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.match("/offline"))?.text()) ?? ""))
      .toContain("オフラインです");
    await context.setOffline(true);
    await page.goto(`${app.baseUrl}/`);
    await expect(page.getByTestId("offline-page")).toContainText("オフラインです");
    await context.setOffline(false);
    expect(complaints.filter((text) => !/ERR_INTERNET_DISCONNECTED/.test(text))).toEqual([]);
  });

  test("two screenshots shared from another app are uploaded, read and forgotten", async ({ page }) => {
    const app = new UploadPage(page);
    const complaints = watchConsole(page);
    await app.open();
    await workerActivated(page);
    const coffee = uniqueName("en-payment-light", "shared");
    const bill = uniqueName("ja-payment-light", "shared");
    await shareFiles(page, [
      { fixture: "en-payment-light", name: coffee },
      { fixture: "ja-payment-light", name: bill },
    ]);

    await expect(app.card(coffee)).toBeVisible();
    await expect(app.card(bill)).toBeVisible();
    // Uploaded: the address no longer names the share, and the browser keeps no copy.
    await expect(page).toHaveURL(`${app.baseUrl}/`);
    expect(await storedShares(page)).toBe(0);
    await expect(app.card(coffee)).toHaveAttribute("data-status", "succeeded");
    await expect(app.card(coffee).getByTestId("field-total")).toContainText("$12.45");
    await expect(app.card(bill)).toHaveAttribute("data-status", "succeeded");
    await page.screenshot({ path: test.info().outputPath("shared.png"), fullPage: true });

    // A reload uploads nothing again.
    await page.reload();
    await expect(page.locator('section[aria-labelledby="jobs-heading"]')).toHaveAttribute("aria-busy", "false");
    await expect(app.cards(coffee)).toHaveCount(1);
    expect(complaints).toEqual([]);
  });

  test("a share the server received without a worker is explained, in plain words", async ({ page }) => {
    const app = new UploadPage(page);
    const answer = await page.request.post(`${app.baseUrl}/share`, {
      multipart: { file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("not read") } },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(303);
    expect(answer.headers().location).toBe("/?share=unavailable");

    await page.goto(`${app.baseUrl}/?share=unavailable`);
    await expect(page.getByTestId("share-notice")).toContainText("share the screenshots again");
    await expect(page).toHaveURL(`${app.baseUrl}/`);
  });

  test.describe("signed out", () => {
    let server: AppServer;
    let base: string;

    test.beforeAll(async () => {
      server = await startApp({ env: { AUTH: "accounts", PIPELINE_CONCURRENCY: "1", OCR_WORKERS: "1" } });
      base = `http://localhost:${server.port}`;
    });

    test.afterAll(async () => {
      await server?.stop();
    });

    test("shared screenshots survive the sign-in and upload afterwards", async ({ browser }) => {
      const context = await browser.newContext({
        locale: "en-US",
        baseURL: base,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const owner = { name: "Pia Phone", email: "pia@example.com", password: "shared from a phone" };
      await page.goto("/");
      await expect(page).toHaveURL(`${base}/setup`);
      await page.getByLabel("Name").fill(owner.name);
      await page.getByLabel("E-mail").fill(owner.email);
      await page.getByLabel("Password").fill(owner.password);
      await page.getByRole("button", { name: "Create the owner account" }).click();
      await expect(page).toHaveURL(`${base}/`);
      await workerActivated(page);
      await page.getByTestId("sign-out").click();
      await expect(page).toHaveURL(`${base}/sign-in`);

      const name = uniqueName("en-payment-light", "signed-out");
      await shareFiles(page, [{ fixture: "en-payment-light", name }]);
      await expect(page).toHaveURL(/\/sign-in\?next=%2F%3Fshared%3D[0-9a-f-]{36}$/);
      expect(await storedShares(page)).toBe(1);

      await page.getByLabel("E-mail").fill(owner.email);
      await page.getByLabel("Password").fill(owner.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      const app = new UploadPage(page, base);
      await expect(app.card(name)).toHaveAttribute("data-status", "succeeded");
      await expect(page).toHaveURL(`${base}/`);
      expect(await storedShares(page)).toBe(0);
      await context.close();
    });
  });
});
