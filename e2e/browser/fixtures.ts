import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Locator, type Page } from "@playwright/test";

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
  }

  /** Pastes an image the way Ctrl/Cmd+V of a screenshot does: a paste event carrying a file. */
  async paste(fixtureName: string, fileName = "image.png"): Promise<void> {
    const base64 = fs.readFileSync(path.join(root, "fixtures/screens", `${fixtureName}.png`)).toString("base64");
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
  }

  fixturePath(fixtureName: string): string {
    return path.join(root, "fixtures/screens", `${fixtureName}.png`);
  }

  async pick(fixtureName: string): Promise<void> {
    await this.page.getByTestId("upload-input").setInputFiles(this.fixturePath(fixtureName));
  }

  card(fileName: string): Locator {
    return this.page.getByTestId("job-card").filter({ hasText: fileName }).first();
  }
}

export const test = base.extend<{ app: UploadPage }>({
  app: async ({ page }, use) => {
    const app = new UploadPage(page);
    await app.open();
    await use(app);
  },
});

export { expect };
