import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type FakeOpenAI,
  fixtureResponder,
  fixtureTruth,
  type Responder,
  startFakeOpenAI,
  truthAnswer,
  truthResponder,
} from "@/e2e/support/fake-openai";
import type { Extractor } from "@/lib/extract/extractor";
import type { DocumentKind, TransactionList } from "@/lib/extract/schema";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
import type { OcrResult } from "@/lib/ocr/types";
import { recordedOcr } from "@/lib/testing/recorded-ocr";
import { type TestLlmOptions, testLlmExtractor } from "@/lib/testing/test-llm-extractor";

/**
 * Extraction while OCR still reads (docs/pipelining.md), against the fake endpoint (real HTTP,
 * the real SDK), on the fixtures' recorded OCR cut into strips that finish out of order: a
 * perfect model's rows must be exactly those of the extraction after OCR, and the model must be
 * asked before OCR ends.
 */

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function extractor(options: TestLlmOptions = {}): Extractor {
  return testLlmExtractor(fake, { ...options, chunkLines: options.chunkLines ?? 15 });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays OCR into `feed`: the page's lines cut into four strips that finish in the order given
 * (a strip every `gapMs`), then the whole result. Returns when OCR has ended.
 */
async function playOcr(feed: OcrFeed, ocr: OcrResult, order = [1, 0, 3, 2], gapMs = 150): Promise<void> {
  feed.layout = { width: ocr.width, height: ocr.height, strips: 4 };
  const size = Math.ceil(ocr.lines.length / 4);
  for (const strip of order) {
    await sleep(gapMs);
    feed.addStrip(strip, ocr.lines.slice(strip * size, (strip + 1) * size));
  }
  await sleep(gapMs);
  feed.finish(ocr);
}

/** A responder that notes, for each request, whether OCR had ended when it arrived. */
function noting(feed: OcrFeed, responder: Responder, seen: boolean[]): Responder {
  return (request) => {
    seen.push(feed.ended);
    return responder(request);
  };
}

const rows = (list: TransactionList) =>
  list.rows.map((row) => ({ date: row.date.value, description: row.description.value, amount: row.amount.value }));

describe("a long list read while OCR reads it", () => {
  for (const [name, kind] of [
    ["ja-bank-statement-long", undefined],
    ["ja-bank-statement-long", "transaction_list"],
    ["en-card-history-light", undefined],
  ] as Array<[string, DocumentKind | undefined]>) {
    it(`${name}${kind ? " (kind chosen)" : ""}: the same rows as after OCR, the model asked before OCR ends`, async () => {
      const ocr = recordedOcr(name);
      const after = (await extractor().extract({
        ocr,
        kind,
        signal: new AbortController().signal,
        onProgress: () => {},
      })) as TransactionList;
      expect(after.rows.length).toBeGreaterThan(5);
      fake.reset();

      const feed = new OcrFeed();
      const endedAtRequest: boolean[] = [];
      fake.setResponder(noting(feed, fixtureResponder, endedAtRequest));
      const [during] = await Promise.all([
        extractor().extractAsRead?.({ feed, kind, signal: new AbortController().signal, onProgress: () => {} }),
        playOcr(feed, ocr),
      ]);
      expect(during?.kind).toBe("transaction_list");
      expect(rows(during as TransactionList)).toEqual(rows(after));
      expect(endedAtRequest[0]).toBe(false);
      const names = fake.completions().map((call) => call.body?.response_format?.json_schema?.name);
      expect(names.filter((shape) => shape === "document_kind")).toHaveLength(kind ? 0 : 1);
      // Every chunk's request is in the log, all of them finished.
      expect(fake.completions().every((call) => call.finishedAt !== undefined)).toBe(true);
    });
  }

  it("lists each row once when every part is answered with the whole page's rows", async () => {
    // An endpoint that ignores which lines a part holds (some models, some test doubles) answers
    // each part with every row of the page; merged as they are, the rows would repeat.
    const name = "ja-bank-statement-long";
    const ocr = recordedOcr(name);
    const truth = fixtureTruth(name).document;
    if (truth.kind !== "transaction_list") throw new Error(`${name} is a list`);
    fake.setResponder((request) => {
      // The request as if it carried the screenshot and no text: the fake then answers every row.
      const seeingAll = request.body && {
        ...request.body,
        messages: [
          ...(request.body.messages ?? []).filter((message) => message.role !== "user"),
          { role: "user" as const, content: [{ type: "image_url" as const, image_url: { url: "data:," } }] },
        ],
      };
      return { type: "json", body: truthAnswer(truth, seeingAll) };
    });
    const sequential = (await extractor().extract({
      ocr,
      kind: "transaction_list",
      signal: new AbortController().signal,
      onProgress: () => {},
    })) as TransactionList;
    const parts = fake.completions().length;
    const feed = new OcrFeed();
    const [during] = await Promise.all([
      extractor().extractAsRead?.({
        feed,
        kind: "transaction_list",
        signal: new AbortController().signal,
        onProgress: () => {},
      }),
      playOcr(feed, ocr),
    ]);
    const expected = truth.rows.map((row) => ({ date: row.date, description: row.description, amount: row.amount }));
    expect(parts).toBeGreaterThan(1);
    expect(rows(sequential)).toEqual(expected);
    expect(rows(during as TransactionList)).toEqual(expected);
  });

  it("loses no line when OCR has ended before the list is read (a slow classification)", async () => {
    const ocr = recordedOcr("ja-card-history-dark");
    const after = (await extractor().extract({
      ocr,
      signal: new AbortController().signal,
      onProgress: () => {},
    })) as TransactionList;
    fake.reset();
    const feed = new OcrFeed();
    feed.addStrip(0, ocr.lines.slice(0, 20));
    feed.addStrip(1, ocr.lines.slice(20));
    // The classification answers slowly; OCR ends meanwhile, every line already known.
    fake.setResponder((request) => {
      const behaviour = fixtureResponder(request);
      const classifying = request.body?.response_format?.json_schema?.name === "document_kind";
      if (classifying) setTimeout(() => feed.finish(ocr), 50);
      return classifying ? { ...(behaviour as { type: "json"; body: unknown }), chunkDelayMs: 60 } : behaviour;
    });
    const during = await extractor().extractAsRead?.({
      feed,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(feed.ended).toBe(true);
    expect(rows(during as TransactionList)).toEqual(rows(after));
  });

  it("reads a list whose OCR has already ended, the kind chosen", async () => {
    const ocr = recordedOcr("en-card-history-light");
    const after = (await extractor().extract({
      ocr,
      kind: "transaction_list",
      signal: new AbortController().signal,
      onProgress: () => {},
    })) as TransactionList;
    const feed = new OcrFeed();
    feed.finish(ocr);
    const during = await extractor().extractAsRead?.({
      feed,
      kind: "transaction_list",
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(rows(during as TransactionList)).toEqual(rows(after));
  });

  it("counts the classification and the answer against one call budget, as after OCR", async () => {
    // A long receipt: a classification, then the receipt read whole — two calls, one allowed.
    const ocr = recordedOcr("en-receipt-items");
    const feed = new OcrFeed();
    fake.setResponder(fixtureResponder);
    const [during] = await Promise.allSettled([
      extractor({ maxCalls: 1 }).extractAsRead?.({ feed, signal: new AbortController().signal, onProgress: () => {} }),
      playOcr(feed, ocr, [0, 1, 2, 3], 20),
    ]);
    expect(during).toMatchObject({ status: "rejected", reason: { code: "llm_budget_exceeded" } });
    expect(fake.completions().map((call) => call.body?.response_format?.json_schema?.name)).toEqual(["document_kind"]);
  });

  it("waits for the whole text of a page that fits one request, and asks once as after OCR", async () => {
    const ocr = recordedOcr("en-receipt-items");
    const feed = new OcrFeed();
    const endedAtRequest: boolean[] = [];
    fake.setResponder(noting(feed, fixtureResponder, endedAtRequest));
    const [document] = await Promise.all([
      extractor({ chunkLines: 45 }).extractAsRead?.({
        feed,
        signal: new AbortController().signal,
        onProgress: () => {},
      }),
      playOcr(feed, ocr, [0, 1, 2, 3], 20),
    ]);
    expect(document?.kind).toBe("receipt");
    expect(endedAtRequest).toEqual([true]);
  });

  it("stops every call and fails with OCR's reason when OCR fails", async () => {
    const ocr = recordedOcr("ja-bank-statement-long");
    const feed = new OcrFeed();
    // Slow answers: the first chunk is still being written when OCR fails.
    fake.setResponder((request) => ({ ...(fixtureResponder(request) as object), chunkDelayMs: 40 }) as never);
    const extracting = extractor().extractAsRead?.({
      feed,
      kind: "transaction_list",
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    feed.layout = { width: ocr.width, height: ocr.height, strips: 3 };
    // Ten lines: two parts of five go out at once (more would race the count below).
    feed.addStrip(0, ocr.lines.slice(0, 10));
    await expect.poll(() => fake.completions().length).toBeGreaterThan(0);
    await sleep(100);
    const sent = fake.completions().length;
    feed.fail(new Error("OCR pool closed"));
    await expect(extracting).rejects.toThrow("OCR pool closed");
    await expect.poll(() => fake.completions().every((call) => call.disconnected)).toBe(true);
    expect(fake.completions()).toHaveLength(sent);
  });

  it("fails at once when the model refuses, without waiting for OCR", async () => {
    const feed = new OcrFeed();
    const ocr = recordedOcr("ja-bank-statement-long");
    fake.setResponder(() => ({ type: "status", status: 400, message: "bad request" }));
    const extracting = extractor().extractAsRead?.({
      feed,
      kind: "transaction_list",
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    // The header's six lines and four more: one part, so no sibling request is still on its way
    // when the job has failed.
    feed.addStrip(0, ocr.lines.slice(0, 10));
    await expect(extracting).rejects.toMatchObject({ code: expect.stringMatching(/^llm_/) });
    expect(feed.ended).toBe(false);
  });
});

describe("with vision and the uploader's consent", () => {
  /**
   * The bank statement read with vision while its OCR plays, with a blank image of this height
   * (40 px wide) standing in for the screenshot: the answer, and how many lines OCR had given
   * when each model request arrived.
   */
  async function readWithVision(height: number, responder: Responder) {
    const feed = new OcrFeed();
    const linesAtRequest: number[] = [];
    fake.setResponder((request) => {
      linesAtRequest.push(feed.lines.length);
      return responder(request);
    });
    const image = await sharp({ create: { width: 40, height, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const [document] = await Promise.all([
      extractor({ vision: true }).extractAsRead?.({
        feed,
        image,
        signal: new AbortController().signal,
        onProgress: () => {},
      }),
      playOcr(feed, recordedOcr("ja-bank-statement-long")),
    ]);
    return { document, linesAtRequest };
  }

  it("reads a page taller than a screen by its text, in chunks as its lines come", async () => {
    const { document, linesAtRequest } = await readWithVision(120, fixtureResponder);
    expect(linesAtRequest[0]).toBeGreaterThan(0);
    expect(JSON.stringify(fake.completions().map((call) => call.body?.messages))).not.toContain("image_url");
    expect((document as TransactionList).rows.length).toBeGreaterThan(5);
  });

  it("sends the image at once, before any line is read, and takes the model's reading", async () => {
    const truth = fixtureTruth("ja-bank-statement-long").document;
    const { document, linesAtRequest } = await readWithVision(
      80,
      truthResponder(() => truth),
    );
    expect(linesAtRequest).toEqual([0]);
    const calls = fake.completions();
    expect(calls).toHaveLength(1);
    const user = calls[0]?.body?.messages?.find((message) => message.role === "user");
    const parts = Array.isArray(user?.content) ? user.content : [];
    expect(parts.map((part) => part.type)).toEqual(["text", "image_url"]);
    expect(JSON.stringify(user)).not.toContain("<ocr_text>");
    expect(truth.kind).toBe("transaction_list");
    if (truth.kind !== "transaction_list") return;
    expect((document as TransactionList).rows.map((row) => row.amount.value)).toEqual(truth.rows.map((r) => r.amount));
  });
});
