import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, fixtureResponder, startFakeOpenAI } from "@/e2e/support/fake-openai";
import { Limiter } from "@/lib/async/limiter";
import { createLlmExtractor } from "@/lib/extract/llm/llm-extractor";
import type { TransactionList } from "@/lib/extract/schema";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
import { recordedOcr } from "@/lib/testing/recorded-ocr";

/** The list's last lines, sent a part at a time as calls free (read-list-as-read.ts, tail-part.ts). */
describe("readListAsRead's last parts", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.setResponder(fixtureResponder);
  });
  afterAll(() => fake.close());

  function extractorOn(limiter: Limiter) {
    return createLlmExtractor({
      client: new OpenAI({ apiKey: fake.apiKey, baseURL: fake.url, maxRetries: 0 }),
      model: "gpt-4o-mini",
      vision: false,
      limiter,
      timeoutMs: 5_000,
      idleTimeoutMs: 2_000,
      maxRetries: 0,
      maxCallsPerJob: 12,
      maxTokensPerJob: 1_000_000,
      maxOutputTokens: 4_096,
      chunkLines: 15,
    });
  }

  it("still sends them when other jobs hold every model call and none of its own is running", async () => {
    const ocr = recordedOcr("ja-bank-statement-long");
    const limiter = new Limiter("llm-busy", 1);
    // Another job holds the only call while this list's page ends: nothing of this job runs to free one.
    let release: () => void = () => {};
    const other = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const feed = new OcrFeed();
    feed.finish(ocr);
    const reading = extractorOn(limiter).extractAsRead?.({
      feed,
      kind: "transaction_list",
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    setTimeout(() => release(), 100);
    const list = (await reading) as TransactionList;
    await other;
    expect(list.rows).toHaveLength(29);
    expect(fake.completions().length).toBeGreaterThan(1);
  });
});
