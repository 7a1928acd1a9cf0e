import { type Browser, type BrowserContext, type Page, request } from "@playwright/test";
import { type AppServer, startApp } from "../support/app-server";
import { expect, test, UploadPage, withFreshServer } from "./fixtures";

/**
 * Accounts end to end, on a server of their own with AUTH=accounts, opened as
 * `http://localhost:<port>` (a passkey belongs to the rpID `localhost`, not to an IP). The
 * steps build on each other (one owner, their upload, their invitation…), so they run in order.
 */
test.describe("accounts", () => {
  test.describe.configure({ mode: "serial" });

  const owner = { name: "Olive Owner", email: "olive@example.com", password: "correct horse battery" };
  const member = { name: "Max Member", email: "max@example.com", password: "another long secret" };

  let app: AppServer;
  let base: string;
  let ownerContext: BrowserContext;
  let ownerPage: Page;
  let ownerJobId: string;

  /** A fresh browser profile: English, like the config's `use` (new contexts do not inherit it). */
  const newContext = (browser: Browser) => browser.newContext({ locale: "en-US", baseURL: base });

  const signIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  };

  test.beforeAll(async ({ browser }) => {
    app = await startApp({
      env: {
        AUTH: "accounts",
        // One screenshot is read here: one OCR worker starts sooner on a busy machine.
        PIPELINE_CONCURRENCY: "1",
        OCR_WORKERS: "1",
        // Low enough to reach in a test; a successful sign-in clears an account's count.
        RATE_LIMIT_SIGNINS_PER_ACCOUNT: "3",
        RATE_LIMIT_SIGNINS_PER_IP: "100",
      },
    });
    base = `http://localhost:${app.port}`;
    ownerContext = await newContext(browser);
    ownerPage = await ownerContext.newPage();
  });

  test.afterAll(async () => {
    await ownerContext?.close();
    await app?.stop();
  });

  test("a fresh install asks for its owner, who then uploads a screenshot", async () => {
    const page = ownerPage;
    await page.goto("/");
    await expect(page).toHaveURL(`${base}/setup`);
    const setup = page.getByTestId("setup-page");
    await expect(setup.getByRole("heading", { name: "Create the owner account" })).toBeVisible();
    await expect(setup).toContainText("owns the server");
    await expect(setup).toContainText("At least 10 characters.");
    await page.screenshot({ path: test.info().outputPath("setup.png"), fullPage: true });
    await page.getByLabel("Name").fill(owner.name);
    await page.getByLabel("E-mail").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create the owner account" }).click();
    await expect(page).toHaveURL(`${base}/`);
    await expect(page.getByTestId("nav-settings")).toBeVisible();
    await expect(page.getByTestId("open-mode-banner")).toHaveCount(0);

    const upload = new UploadPage(page, base);
    await upload.open();
    await upload.pick("en-payment-light");
    const card = upload.card("en-payment-light.png");
    await expect(card).toHaveAttribute("data-status", "succeeded");
    ownerJobId = await upload.jobId(card);

    // Setup is over: the first-run screen is gone for good.
    await page.goto("/setup");
    await expect(page).toHaveURL(`${base}/`);
  });

  test("signs out, is told about a wrong password and a rate limit, and signs back in", async () => {
    const page = ownerPage;
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(`${base}/sign-in`);
    await page.goto("/history");
    await expect(page).toHaveURL(`${base}/sign-in?next=%2Fhistory`);

    await signIn(page, owner.email, "not the password");
    await expect(page.getByTestId("sign-in-error")).toContainText("The e-mail or the password is not right");

    for (let attempt = 1; attempt <= 4; attempt++) await signIn(page, "nobody@example.com", `wrong guess ${attempt}`);
    await expect(page.getByTestId("sign-in-error")).toContainText(/Too many sign-in attempts\. Try again in \d+ s\./);
    await page.screenshot({ path: test.info().outputPath("sign-in-rate-limited.png"), fullPage: true });

    await signIn(page, owner.email, owner.password);
    await expect(page).toHaveURL(`${base}/history`);
    await expect(page.locator(`[data-testid="history-row"][data-job-id="${ownerJobId}"]`)).toBeVisible();
  });

  test("never sends anyone to another site after signing in", async ({ browser }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/sign-in?next=//evil.example/");
    await signIn(page, owner.email, owner.password);
    await expect(page).toHaveURL(`${base}/`);
    await context.close();
  });

  test("the owner invites someone, who sees none of the owner's screenshots", async ({ browser }) => {
    await ownerPage.goto("/settings");
    await ownerPage.getByTestId("create-invitation").click();
    const link = await ownerPage.getByTestId("invitation-link").inputValue();
    expect(link).toMatch(new RegExp(`^${base}/invite/[\\w-]{16,}$`));
    await expect(ownerPage.getByTestId("invitation-row").first()).toContainText("Open until");

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await page.getByLabel("Name").fill(member.name);
    await page.getByLabel("E-mail").fill(member.email);
    await page.getByLabel("Password").fill(member.password);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page).toHaveURL(`${base}/`);
    const upload = new UploadPage(page, base);
    await upload.open();
    await expect(page.getByTestId("job-card")).toHaveCount(0);
    // Not in the list, and not by its address either.
    expect((await (await context.request.get(`${base}/api/jobs`)).json()).jobs).toEqual([]);
    expect((await context.request.get(`${base}/api/jobs/${ownerJobId}`)).status()).toBe(404);
    // A member has no invitations to give.
    await page.goto("/settings");
    await expect(page.getByTestId("settings-account")).toContainText("Member");
    await expect(page.getByTestId("settings-invitations")).toHaveCount(0);

    // The link worked once.
    await page.goto(link);
    await expect(page.getByTestId("invite-closed")).toContainText("This invitation no longer works");
    await ownerPage.reload();
    await expect(ownerPage.getByTestId("invitation-row").first()).toContainText("Used");
    await context.close();
  });

  test("registers a passkey in settings, then signs in with it", async () => {
    const page = ownerPage;
    const cdp = await ownerContext.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    await page.goto("/settings");
    await page.getByLabel("Name of the new passkey").fill("Test laptop");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await expect(page.getByTestId("passkey-row")).toContainText("Test laptop");

    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(`${base}/sign-in`);
    await page.getByTestId("sign-in-passkey").click();
    await expect(page).toHaveURL(`${base}/`);
    await expect(page.getByTestId("nav-settings")).toBeVisible();
    await cdp.detach();
  });

  test("an API key made in settings works as a Bearer token until it is revoked", async () => {
    const page = ownerPage;
    await page.goto("/settings");
    await page.getByLabel("Name of the new key").fill("ci");
    await page.getByRole("button", { name: "Create a key" }).click();
    const key = await page.getByTestId("new-api-key-value").inputValue();
    expect(key).toMatch(/^sk_sukusho_/);
    await expect(page.getByTestId("new-api-key")).toContainText("npx sukusho login");
    await expect(page.getByTestId("api-key-row")).toContainText("ci");
    await page.screenshot({ path: test.info().outputPath("settings-new-key.png"), fullPage: true });

    const client = await request.newContext({ baseURL: base });
    const withKey = { headers: { Authorization: `Bearer ${key}` } };
    const listed = await client.get("/api/jobs", withKey);
    expect(listed.status()).toBe(200);
    expect((await listed.json()).jobs.map((job: { id: string }) => job.id)).toContain(ownerJobId);
    expect((await client.get("/api/jobs")).status()).toBe(401);

    await page.getByRole("button", { name: "Revoke the key ci" }).click();
    await expect(page.getByTestId("api-key-row")).toHaveCount(0);
    expect((await client.get("/api/jobs", withKey)).status()).toBe(401);
    await client.dispose();
  });

  test("“sign out everywhere” ends the session of another browser", async ({ browser }) => {
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto("/sign-in");
    await signIn(otherPage, owner.email, owner.password);
    await expect(otherPage).toHaveURL(`${base}/`);
    expect((await other.request.get(`${base}/api/account`)).status()).toBe(200);

    await ownerPage.goto("/settings");
    await ownerPage.getByTestId("sign-out-everywhere").click();
    await expect(ownerPage).toHaveURL(`${base}/sign-in`);

    expect((await other.request.get(`${base}/api/account`)).status()).toBe(401);
    await otherPage.reload();
    await expect(otherPage).toHaveURL(`${base}/sign-in?next=%2F`);
    await other.close();
  });
});

test.describe("open mode (the test server runs with AUTH=none)", () => {
  withFreshServer();

  test("every page says that nobody signs in here, and there is nothing to sign out of", async ({ page }) => {
    const base = process.env.SUKUSHO_BASE_URL ?? "";
    for (const path of ["/", "/history", "/settings"]) {
      await page.goto(`${base}${path}`);
      await expect(page.getByTestId("open-mode-banner")).toContainText(
        "Open mode: no sign-in — anyone who can reach this server sees everything",
      );
      await expect(page.getByTestId("sign-out")).toHaveCount(0);
      await expect(page.getByTestId("nav-settings")).toHaveCount(0);
    }
    await expect(page.getByTestId("settings-accounts-off")).toContainText("Accounts are off");
    await page.getByTestId("language-switch").locator('[data-locale="ja"]').click();
    await expect(page.getByTestId("open-mode-banner")).toContainText("オープンモード");
    // The sign-in and first-run pages have nothing to do here.
    await page.goto(`${base}/sign-in?next=%2Fhistory`);
    await expect(page).toHaveURL(`${base}/history`);
  });
});
