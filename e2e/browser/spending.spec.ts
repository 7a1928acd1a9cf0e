import type { APIRequestContext } from "@playwright/test";
import { expect, test, withFreshServer } from "./fixtures";

test.use({ locale: "en-US" });

const base = () => process.env.SUKUSHO_BASE_URL ?? "";

interface Sums {
  in: number;
  out: number;
}

/** What the listed jobs add up to, worked out here from the jobs themselves (corrections applied). */
async function sumsOf(request: APIRequestContext, ids: string[]): Promise<Map<string, Sums>> {
  const sums = new Map<string, Sums>();
  for (const id of ids) {
    const job = await (await request.get(`${base()}/api/jobs/${id}`)).json();
    const document = job.result.document;
    const correctedValue = (path: string, read: unknown) => Number(job.corrections[path]?.value ?? read);
    const sum = sums.get(document.currency.value) ?? { in: 0, out: 0 };
    if (document.kind === "receipt") sum.out += correctedValue("total", document.total.value);
    else {
      for (const [index, row] of document.rows.entries()) {
        sum[row.direction === "in" ? "in" : "out"] += correctedValue(`rows.${index}.amount`, row.amount.value);
      }
    }
    sums.set(document.currency.value, sum);
  }
  return sums;
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount);

withFreshServer();

test.describe("a person sees where the money went", () => {
  test("the chart matches the sums of the listed results, per currency, and follows a correction made in another tab", async ({
    app,
    history,
    page,
  }, info) => {
    const tag = `spend-${info.project.name}-${Date.now().toString(36)}`;
    const receipt = `${tag}-receipt.png`;
    const list = `${tag}-list.png`;
    await app.pickAs({ fixture: "ja-payment-light", name: receipt }, { fixture: "en-card-history-light", name: list });
    await expect(app.card(receipt)).toHaveAttribute("data-status", "succeeded");
    await expect(app.card(list)).toHaveAttribute("data-status", "succeeded");
    const ids = [await app.jobId(app.card(receipt)), await app.jobId(app.card(list))];

    // The history, searched down to these two: the chart sums exactly what is listed.
    await history.open(tag);
    await history.settled(tag);
    await expect(history.rows()).toHaveCount(2);
    const panel = page.getByTestId("spending");
    await expect(panel).toHaveAttribute("aria-busy", "false");
    const sums = await sumsOf(page.request, ids);
    expect([...sums.keys()].sort()).toEqual(["JPY", "USD"]);

    for (const [currency, sum] of sums) {
      await panel.getByRole("tab", { name: currency }).click();
      await expect(panel).toHaveAttribute("data-currency", currency);
      await expect(panel.getByTestId("spending-total-out")).toHaveText(money(sum.out, currency));
      await expect(panel.getByTestId("spending-total-in")).toHaveText(money(sum.in, currency));
      // The bars' figures (the table beside the chart) add up to the same.
      const bars = await panel
        .getByTestId("spending-table")
        .locator("tbody tr")
        .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.out)));
      expect(bars.reduce((total, out) => total + out, 0)).toBeCloseTo(sum.out, 6);
      await expect(panel.getByTestId("spending-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    }
    await panel.getByRole("tab", { name: "USD" }).click();
    await expect(panel.getByTestId("spending-merchants").locator("li").first()).toBeVisible();
    await page.screenshot({ path: info.outputPath("spending.png"), fullPage: true });

    // Weekly bars hold the same money.
    await panel.getByText("Week", { exact: true }).click();
    await expect(panel).toHaveAttribute("data-period", "week");
    await expect(panel).toHaveAttribute("aria-busy", "false");
    await expect(panel.getByTestId("spending-total-out")).toHaveText(money(sums.get("USD")?.out ?? 0, "USD"));

    // A correction on the main page, in another tab: the chart adds up again by itself.
    await panel.getByRole("tab", { name: "JPY" }).click();
    const other = await page.context().newPage();
    await other.goto(`${base()}/?job=${ids[0]}`);
    const total = other.locator(`[data-testid="job-card"][data-job-id="${ids[0]}"]`).getByTestId("field-total");
    await total.getByRole("button", { name: /^Edit Total/ }).click();
    await other.getByTestId("edit-total").fill("2000");
    await other.getByTestId("edit-total").press("Enter");
    await expect(total).toContainText("¥2,000");
    await expect(panel.getByTestId("spending-total-out")).toHaveText(money(2000, "JPY"));
    await other.close();
  });
});
