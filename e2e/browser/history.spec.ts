import { expect, test, uniqueName, withFreshServer } from "./fixtures";

test.use({ locale: "en-US" });

withFreshServer();

test.describe("a person looks back at past screenshots", () => {
  test("finds a job by merchant and by amount, opens it, and deletes it for good", async ({
    app,
    history,
    page,
  }, info) => {
    const coffee = uniqueName("en-payment-light", info.project.name);
    const famima = uniqueName("ja-payment-light", info.project.name);
    await app.pickAs({ fixture: "en-payment-light", name: coffee }, { fixture: "ja-payment-light", name: famima });
    await expect(app.card(coffee)).toHaveAttribute("data-status", "succeeded");
    await expect(app.card(famima)).toHaveAttribute("data-status", "succeeded");
    const coffeeId = await app.jobId(app.card(coffee));
    const famimaId = await app.jobId(app.card(famima));

    await page.getByTestId("nav-history").click();
    await expect(page).toHaveURL(/\/history$/);
    await history.settled("");
    // Newest first: the two just read lead the list.
    const newest = [
      await history.rows().nth(0).getAttribute("data-job-id"),
      await history.rows().nth(1).getAttribute("data-job-id"),
    ];
    expect(newest.sort()).toEqual([coffeeId, famimaId].sort());
    const row = history.row(famimaId);
    await expect(row).toContainText("ファミリーマート 渋谷道玄坂店");
    await expect(row).toContainText("¥1,280");
    await expect(row).toContainText("Oct 3, 2026");
    await expect(row).toContainText("Receipt");
    await expect(row).toContainText(famima);
    await expect(row.locator("img")).toHaveAttribute("src", `/api/jobs/${famimaId}/thumbnail`);
    await page.screenshot({ path: info.outputPath("history.png"), fullPage: true });

    // By merchant, in any case: the coffee, not the convenience store.
    await history.find("blue BOTTLE");
    await expect(history.row(coffeeId)).toBeVisible();
    await expect(history.row(famimaId)).toHaveCount(0);

    // The search survives a reload.
    await page.reload();
    await expect(history.search()).toHaveValue("blue BOTTLE");
    await history.settled("blue BOTTLE");
    await expect(history.row(coffeeId)).toBeVisible();

    // By amount, written as people write it.
    await history.find("1,280");
    await expect(history.row(famimaId)).toBeVisible();
    await expect(history.row(coffeeId)).toHaveCount(0);
    await history.find("12.45");
    await expect(history.row(coffeeId)).toBeVisible();
    await expect(history.row(famimaId)).toHaveCount(0);

    // Nothing matches: the empty state says so.
    await history.find("no shop is called this");
    await expect(page.getByTestId("history-empty")).toContainText("Nothing matches");

    // A row opens its job on the main page.
    await history.find(famima);
    await history.row(famimaId).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/\\?job=${famimaId}$`));
    await expect(page.locator(`[data-testid="job-card"][data-job-id="${famimaId}"]`)).toBeInViewport();

    // Delete, after saying yes; gone after a reload, and from the main page too.
    await history.open("1,280");
    await history.settled("1,280");
    await history.row(famimaId).getByTestId("history-delete").click();
    const dialog = page.getByTestId("confirm-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(famima);
    await page.screenshot({ path: info.outputPath("history-confirm-delete.png") });
    // Cancelling keeps it.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(history.row(famimaId)).toBeVisible();

    await history.row(famimaId).getByTestId("history-delete").click();
    await page.getByTestId("confirm-delete").click();
    await expect(dialog).toBeHidden();
    await expect(history.row(famimaId)).toHaveCount(0);
    await page.reload();
    await history.settled("1,280");
    await expect(history.row(famimaId)).toHaveCount(0);
    await app.open();
    await expect(app.card(coffee)).toBeVisible();
    await expect(page.locator(`[data-testid="job-card"][data-job-id="${famimaId}"]`)).toHaveCount(0);
  });

  test("switches the interface to Japanese and back, and the choice survives a reload", async ({
    app,
    history,
    page,
  }, info) => {
    const name = uniqueName("ja-payment-light", `${info.project.name}-ja`);
    await app.pickAs({ fixture: "ja-payment-light", name });
    const card = app.card(name);
    await expect(card).toHaveAttribute("data-status", "succeeded");
    const id = await app.jobId(card);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(card.getByTestId("field-total")).toContainText("Total");

    const languages = page.getByTestId("language-switch");
    await languages.locator('[data-locale="ja"]').click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(languages.locator('[data-locale="ja"]')).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("nav-history")).toContainText("履歴");
    await expect(page.getByText("スクリーンショットをドロップ")).toBeVisible();
    const total = card.getByTestId("field-total");
    await expect(total).toContainText("合計");
    await expect(total).toContainText("¥1,280");
    await expect(card.getByTestId("field-merchant")).toContainText("店舗");
    await expect(card.getByTestId("field-paymentMethod")).toContainText("支払方法");
    await expect(card.getByTestId("field-reference")).toContainText("取引番号");
    await expect(card.getByTestId("field-date")).toContainText("2026年10月3日");
    await expect(card.getByTestId("accept-button")).toContainText("承認");
    await expect(card.getByTestId("status-badge")).toContainText("完了");
    await expect(card.getByTestId("step-ocr")).toContainText("文字認識");

    // The server renders the chosen language after a reload (the `lang` cookie).
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByText("スクリーンショットをドロップ")).toBeVisible();
    await expect(card).toHaveAttribute("data-status", "succeeded");
    await expect(card.getByTestId("field-total")).toContainText("合計");
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath("japanese-main.png") });

    // A correction reads in Japanese too.
    await card
      .getByTestId("field-total")
      .getByRole("button", { name: /^合計を修正/ })
      .click();
    await card.getByTestId("edit-total").fill("1300");
    await card.getByTestId("edit-total").press("Enter");
    await expect(card.getByTestId("field-total")).toContainText("¥1,300");
    await expect(card.getByTestId("corrected-marker")).toContainText("修正済み");
    await expect(card.getByTestId("original-value")).toContainText("元の値：¥1,280");
    await card.screenshot({ path: info.outputPath("japanese-review-card.png") });

    // The history in Japanese, with yen and Japanese dates.
    await page.getByTestId("nav-history").click();
    await history.settled("");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("履歴");
    await expect(history.search()).toHaveAttribute("placeholder", /店舗名/);
    const row = history.row(id);
    await expect(row).toContainText("¥1,300");
    await expect(row).toContainText("2026年10月3日");
    await expect(row).toContainText("修正あり");
    await expect(row.getByTestId("history-delete")).toHaveAttribute("aria-label", /削除/);
    await page.screenshot({ path: info.outputPath("japanese-history.png"), fullPage: true });

    // And back to English.
    await page.getByTestId("language-switch").locator('[data-locale="en"]').click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
    await expect(row).toContainText("Oct 3, 2026");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("nav-history")).toContainText("History");
  });
});
