import { expect, test } from "./fixtures";

test.use({ locale: "en-US" });

/** Small screenshots, read in a second or two each: ten of them queue behind one pipeline slot. */
const FIXTURES = ["en-payment-small", "en-payment-light", "ja-payment-light", "en-payment-dark", "ja-payment-dark"];

test.describe("a person drops ten screenshots at once", () => {
  test("all ten follow live on one connection, the waiting ones counting down their place in line", async ({
    app,
    page,
  }, info) => {
    const jobStreams: string[] = [];
    const boardStreams: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (/^\/api\/jobs\/[^/]+\/events$/.test(url.pathname)) jobStreams.push(url.pathname);
      if (url.pathname === "/api/events") boardStreams.push(url.pathname);
    });
    const tag = `${info.project.name}-${Date.now().toString(36)}`;
    const names = Array.from({ length: 10 }, (_, i) => `board-${tag}-${i}.png`);
    await app.pickAs(...names.map((name, i) => ({ fixture: FIXTURES[i % FIXTURES.length] as string, name })));
    const cards = names.map((name) => app.card(name));
    for (const card of cards) await expect(card).toBeVisible();

    // The last one waits behind the other nine (one pipeline slot), and says so, live.
    const last = cards[9];
    if (!last) throw new Error("no card");
    await expect(last).toHaveAttribute("data-status", "queued");
    const line = last.locator("span").filter({ hasText: /in line/ });
    await expect(line).toBeVisible();
    const firstPlace = await line.textContent();
    // Its place moves up as the others are read: it hears of each while it waits.
    await expect
      .poll(async () => {
        const [place] = await line.allTextContents();
        return place !== undefined && place !== firstPlace;
      })
      .toBe(true);
    // Every card is live at once, the waiting ones too (one stream per job stopped at four).
    for (const card of cards) await expect(card).toHaveAttribute("data-connection", /live|closed/);
    await page.screenshot({ path: info.outputPath("ten-live.png"), fullPage: true });

    for (const card of cards) await expect(card).toHaveAttribute("data-status", "succeeded", { timeout: 120_000 });
    expect(jobStreams).toEqual([]);
    expect(boardStreams.length).toBeGreaterThanOrEqual(1);
  });
});
