import { type ActualServer, readTransactions, startActualServer } from "../support/actual-server";
import { expect, test, uniqueName, withFreshServer } from "./fixtures";

/**
 * Actual Budget from the page (docs/actual-budget.md): set the connection up in Settings (test,
 * choose the budget, save; the password comes back only as "set"), then send an accepted result
 * from the selection bar and find it in the budget. A real Actual server, started here.
 */

withFreshServer();

let actual: ActualServer;

test.use({ locale: "en-US" });

test.beforeAll(async () => {
  actual = await startActualServer();
});
// The app is this file's own (withFreshServer): its Actual settings go with it.
test.afterAll(async () => {
  await actual?.stop();
});

test("sets Actual Budget up in Settings and sends an accepted result to it", async ({ app, page }, info) => {
  await page.goto(`${app.baseUrl}/settings`);
  const section = page.getByTestId("settings-actual");
  await expect(section.getByTestId("actual-settings-form")).toHaveAttribute("data-ready", "true");
  await section.getByLabel("Server address").fill(actual.url);
  await section.getByLabel("Server password").fill(actual.password);
  await section.getByRole("button", { name: "Test connection" }).click();
  await expect(section.getByTestId("actual-budget-select")).toHaveValue(actual.syncId);
  await section.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Actual Budget settings saved.")).toBeVisible();
  await section.screenshot({ path: info.outputPath("actual-settings.png") });
  await page.reload();
  const password = page.getByTestId("settings-actual").getByLabel("Server password");
  await expect(password).toHaveAttribute("placeholder", /^set/);
  await expect(password).toHaveValue("");

  await app.open();
  const name = uniqueName("en-payment-light", `actual-${info.project.name}`);
  await app.pickAs({ fixture: "en-payment-light", name });
  const card = app.card(name);
  await expect(card).toHaveAttribute("data-status", "succeeded");
  await card.getByTestId("accept-button").click();
  await expect(card.getByTestId("accepted-badge")).toBeVisible();
  await card.getByTestId("select-job").check();
  const bar = page.getByTestId("export-bar");
  await bar.getByTestId("actual-send-open").click();
  await expect(bar.getByTestId("actual-account-select")).toHaveValue(actual.accountId);
  await bar.getByTestId("actual-send-confirm").click();
  await expect(page.getByRole("status").filter({ hasText: "1 added" })).toBeVisible();
  await bar.screenshot({ path: info.outputPath("actual-send-bar.png") });

  const id = await app.jobId(card);
  const landed = await readTransactions(actual);
  expect(landed.find((row) => row.imported_id === `sukusho:${id}:0`)?.amount).toBe(-1245);
});
