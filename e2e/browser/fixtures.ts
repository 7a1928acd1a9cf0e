import fs from "node:fs";
import path from "node:path";
import { test as base, type Download, expect, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { type AppServer, startApp } from "../support/app-server";
import { type NginxServer, startNginx } from "../support/nginx";

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

/**
 * Starts the built app behind nginx for the tests of the spec file (or describe block) that
 * calls it, and stops both after them; `UploadPage` and SUKUSHO_BASE_URL / SUKUSHO_DIRECT_URL
 * point at it meanwhile. One server per file instead of one for the whole run: the main page
 * lists the latest jobs with their screenshots, so on one shared server every later test loaded
 * a page crowded with earlier tests' jobs, and the phone run (second) paid most: 1.5-2× the
 * desktop time for the same flow (docs/testing.md). A start costs about 2 s.
 */
export function withFreshServer(): void {
  let app: AppServer | undefined;
  let nginx: NginxServer | undefined;
  test.beforeAll(async () => {
    // A start and a first reading: up to a minute each on a busy machine.
    test.setTimeout(150_000);
    // One pipeline slot, as the specs expect: a second upload is certainly still queued.
    app = await startApp({ env: { PIPELINE_CONCURRENCY: "1" } });
    nginx = await startNginx({ upstreamPort: app.port });
    await warmUpOcr(app.url);
    process.env.SUKUSHO_BASE_URL = nginx.url;
    process.env.SUKUSHO_DIRECT_URL = app.url;
  });
  test.afterAll(async () => {
    delete process.env.SUKUSHO_BASE_URL;
    delete process.env.SUKUSHO_DIRECT_URL;
    await nginx?.stop();
    await app?.stop();
  });
}

/**
 * Reads one blank image on a new server and deletes its job. The first reading starts the OCR
 * workers (language data loaded, at a low CPU priority), which on a busy machine can take
 * longer than one expectation waits (30 s); a test then finds the server as warm as the one
 * shared server used to be after its first test, and no job of this one on the page.
 */
async function warmUpOcr(url: string): Promise<void> {
  const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#ffffff" } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(blank)], { type: "image/png" }), "ocr-warm-up.png");
  const upload = await fetch(`${url}/api/jobs`, { method: "POST", body: form });
  if (upload.status !== 202) throw new Error(`warm-up upload: HTTP ${upload.status} ${await upload.text()}`);
  const { jobs } = (await upload.json()) as { jobs: { id: string }[] };
  const id = jobs[0]?.id;
  if (!id) throw new Error("warm-up upload: no job");
  await expect
    .poll(async () => ((await (await fetch(`${url}/api/jobs/${id}`)).json()) as { status: string }).status, {
      timeout: 80_000,
    })
    .toMatch(/^(succeeded|failed)$/);
  const removed = await fetch(`${url}/api/jobs/${id}`, { method: "DELETE" });
  if (!removed.ok) throw new Error(`warm-up delete: HTTP ${removed.status}`);
}

export { expect };
