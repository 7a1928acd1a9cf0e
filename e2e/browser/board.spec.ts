import { expect, test, withFreshServer } from "./fixtures";

test.use({ locale: "en-US" });

/** Small screenshots, read in a second or two each: ten of them queue behind one pipeline slot. */
const FIXTURES = ["en-payment-small", "en-payment-light", "ja-payment-light", "en-payment-dark", "ja-payment-dark"];

withFreshServer();

test.describe("a person drops ten screenshots at once", () => {
  test("all ten follow live on one connection, the waiting ones counting down their place in line", async ({
    app,
    page,
  }, info) => {
    // Ten screenshots read one after another (one pipeline slot): the same budget as the wait
    // for the last of them below, beside the API suite that npm test runs at the same time.
    test.setTimeout(180_000);
    const jobStreams: string[] = [];
    const boardStreams: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (/^\/api\/jobs\/[^/]+\/events$/.test(url.pathname)) jobStreams.push(url.pathname);
      if (url.pathname === "/api/events") boardStreams.push(url.pathname);
    });
    const tag = `${info.project.name}-${Date.now().toString(36)}`;
    const names = Array.from({ length: 10 }, (_, i) => `board-${tag}-${i}.png`);
    // Every place in line the last card shows, as the page changes it (caught as it happens,
    // so a burst of events applied at once afterwards would show as one place, not several).
    // Only that card is watched once it is there: the page must not slow down for the test.
    await page.evaluate((name) => {
      const places: string[] = [];
      (window as unknown as { places: string[] }).places = places;
      const record = (card: Element) => {
        const place = [...card.querySelectorAll("span")].find((span) => /in line/.test(span.textContent ?? ""));
        const text = place?.textContent;
        if (text && places.at(-1) !== text) places.push(text);
      };
      const finder = new MutationObserver(() => {
        const heading = [...document.querySelectorAll('[data-testid="job-card"] h2')].find(
          (each) => each.textContent === name,
        );
        const card = heading?.closest('[data-testid="job-card"]');
        if (!card) return;
        finder.disconnect();
        record(card);
        new MutationObserver(() => record(card)).observe(card, { subtree: true, childList: true, characterData: true });
      });
      finder.observe(document.body, { subtree: true, childList: true });
    }, names[9] as string);
    await app.pickAs(...names.map((name, i) => ({ fixture: FIXTURES[i % FIXTURES.length] as string, name })));
    const cards = names.map((name) => app.card(name));
    for (const card of cards) await expect(card).toBeVisible();

    // Every card is live at once, the waiting ones too (one stream per job stopped at four).
    for (const card of cards) await expect(card).toHaveAttribute("data-connection", /live|closed/);
    await page.screenshot({ path: info.outputPath("ten-live.png") });

    for (const card of cards) await expect(card).toHaveAttribute("data-status", "succeeded", { timeout: 120_000 });
    // Its place moved up as the others were read: it heard of each while it waited.
    const places = await page.evaluate(() => (window as unknown as { places: string[] }).places);
    expect(places.length, places.join(" → ")).toBeGreaterThanOrEqual(3);
    expect(jobStreams).toEqual([]);
    expect(boardStreams.length).toBeGreaterThanOrEqual(1);
  });
});
