import fs from "node:fs";
import path from "node:path";
import { test as base, type Download, expect, type Locator, type Page } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The page object of the main screen: upload, paste, and find job cards. */
export class UploadPage {
  constructor(
    readonly page: Page,
    readonly baseUrl = process.env.SUKUSHO_BASE_URL ?? "",
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await expect(this.page.getByTestId("upload-input")).toBeAttached();
    await expect(this.page.getByTestId("upload-zone")).toHaveAttribute("data-ready", "true");
    // The earlier jobs are listed before a test counts cards (its own is the one added).
    await expect(this.page.locator('section[aria-labelledby="jobs-heading"]')).toHaveAttribute("aria-busy", "false");
  }

  /** Pastes an image the way Ctrl/Cmd+V of a screenshot does: a paste event carrying a file. */
  async paste(fixtureName: string, fileName = "image.png"): Promise<void> {
    const base64 = fs.readFileSync(path.join(root, "fixtures/screens", `${fixtureName}.png`)).toString("base64");
    const before = await this.cards(fileName).count();
    await this.page.evaluate(
      ({ base64, fileName }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], fileName, { type: "image/png" }));
        document.body.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      },
      { base64, fileName },
    );
    await expect(this.cards(fileName)).toHaveCount(before + 1);
  }

  fixturePath(fixtureName: string): string {
    return path.join(root, "fixtures/screens", `${fixtureName}.png`);
  }

  /** Picks a fixture and waits for its new card (earlier jobs may have the same file name). */
  async pick(fixtureName: string): Promise<void> {
    const fileName = `${fixtureName}.png`;
    const before = await this.cards(fileName).count();
    await this.page.getByTestId("upload-input").setInputFiles(this.fixturePath(fixtureName));
    await expect(this.cards(fileName)).toHaveCount(before + 1);
  }

  cards(fileName: string): Locator {
    return this.page.getByTestId("job-card").filter({ hasText: fileName });
  }

  card(fileName: string): Locator {
    return this.page.getByTestId("job-card").filter({ hasText: fileName }).first();
  }

  /** Picks fixtures under names of their own, so a test finds its jobs among earlier ones. */
  async pickAs(...files: { fixture: string; name: string }[]): Promise<void> {
    await this.page.getByTestId("upload-input").setInputFiles(
      files.map(({ fixture, name }) => ({
        name,
        mimeType: "image/png",
        buffer: fs.readFileSync(this.fixturePath(fixture)),
      })),
    );
  }

  /** The id of the job a card shows. */
  async jobId(card: Locator): Promise<string> {
    const id = await card.getAttribute("data-job-id");
    if (!id) throw new Error("the card has no job id");
    return id;
  }
}

/** A file name no other test (or project) uses: `ja-payment-light-phone-1764000000000.png`. */
export function uniqueName(fixture: string, tag: string): string {
  return `${fixture}-${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.png`;
}

/** The text of a finished download. */
export async function downloadText(download: Download): Promise<string> {
  const file = await download.path();
  return fs.readFileSync(file, "utf8");
}

/** The page object of the history: search, rows, delete. */
export class HistoryPage {
  constructor(
    readonly page: Page,
    readonly baseUrl = process.env.SUKUSHO_BASE_URL ?? "",
  ) {}

  async open(query = ""): Promise<void> {
    await this.page.goto(`${this.baseUrl}/history${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    await expect(this.search()).toBeVisible();
  }

  search(): Locator {
    return this.page.getByTestId("history-search");
  }

  rows(): Locator {
    return this.page.getByTestId("history-row");
  }

  row(jobId: string): Locator {
    return this.page.locator(`[data-testid="history-row"][data-job-id="${jobId}"]`);
  }

  /** Waits until the list shows the answer to `query` ("" for no search). */
  async settled(query: string): Promise<void> {
    const results = this.page.getByTestId("history-results");
    await expect(results).toHaveAttribute("data-query", query.trim());
    await expect(results).toHaveAttribute("aria-busy", "false");
  }

  /** Types a search, then waits for the address to carry it and the list to answer it. */
  async find(query: string): Promise<void> {
    await this.search().fill(query);
    await expect(this.page).toHaveURL((url) => (url.searchParams.get("q") ?? "") === query.trim());
    await this.settled(query);
  }
}

export const test = base.extend<{ app: UploadPage; history: HistoryPage }>({
  app: async ({ page }, use) => {
    const app = new UploadPage(page);
    await app.open();
    await use(app);
  },
  history: async ({ page }, use) => {
    await use(new HistoryPage(page));
  },
});

export { expect };
