import sharp from "sharp";
import { expect, test, uniqueName, withFreshServer } from "./fixtures";

test.use({ locale: "en-US" });

withFreshServer();

test.describe("a person uploads the same screenshot twice", () => {
  test("sees the duplicate notice on the card and in the history, and deletes the copy", async ({
    app,
    history,
    page,
  }, info) => {
    // A picture no other test uploads (should a server be shared): the status bar cut off, by an
    // amount of this project's own, so the two projects' copies are not each other's duplicates.
    const source = app.fixturePath("en-payment-light");
    const { width = 0, height = 0 } = await sharp(source).metadata();
    const top = info.project.name === "phone" ? 210 : 90;
    const picture = sharp(source).extract({ left: 0, top, width, height: height - top });
    const first = uniqueName("dupe-original", info.project.name);
    const copy = uniqueName("dupe-copy", info.project.name).replace(/\.png$/, ".jpg");
    const input = page.getByTestId("upload-input");

    await input.setInputFiles({ name: first, mimeType: "image/png", buffer: await picture.clone().png().toBuffer() });
    await expect(app.card(first)).toHaveAttribute("data-status", "succeeded");
    // By id from here: the copy's card names the original's file too.
    const firstId = await app.jobId(app.card(first));
    const firstCard = page.locator(`[data-testid="job-card"][data-job-id="${firstId}"]`);
    // The other project's original is the same payment, so only the same-image flag is this test's.
    const sameImage = '[data-testid="duplicate-notice"][data-reason="same_image"]';
    await input.setInputFiles({
      name: copy,
      mimeType: "image/jpeg",
      buffer: await picture.clone().jpeg({ quality: 80 }).toBuffer(),
    });
    const card = app.card(copy);
    await expect(card).toHaveAttribute("data-status", "succeeded");
    const notice = card.getByTestId("duplicate-notice");
    await expect(notice).toContainText(`Looks like a duplicate of ${first} (same image)`);
    await expect(firstCard.locator(sameImage)).toHaveCount(0);
    const copyId = await app.jobId(card);

    await page.getByTestId("nav-history").click();
    await history.settled("");
    await expect(history.row(copyId).getByTestId("duplicate-notice")).toContainText(
      `Looks like a duplicate of ${first} (same image)`,
    );
    await expect(history.row(firstId).locator(sameImage)).toHaveCount(0);
    await page.screenshot({ path: info.outputPath("duplicate-history.png"), fullPage: true });

    await page.goBack();
    const again = app.card(copy);
    await again.getByTestId("duplicate-delete").click();
    const dialog = page.locator("dialog[open]");
    await expect(dialog).toContainText("Delete this duplicate?");
    await dialog.getByTestId("confirm-delete").click();
    await expect(app.cards(copy)).toHaveCount(0);
    await expect(firstCard).toBeVisible();

    await history.open();
    await history.settled("");
    await expect(history.row(copyId)).toHaveCount(0);
    await expect(history.row(firstId)).toBeVisible();
  });
});
