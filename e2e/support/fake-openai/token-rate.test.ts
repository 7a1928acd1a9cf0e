import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atTokenRate } from "./responders";
import { type FakeOpenAI, startFakeOpenAI } from "./server";

/** `tokensPerSecond` / `atTokenRate`: answers streamed at a model's pace, for benchmarks. */
describe("fake OpenAI server: a model's pace", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI({ tokensPerSecond: 200 });
  });
  afterAll(() => server.close());

  const messages = [{ role: "user" as const, content: "<ocr_text>\nnothing\n</ocr_text>" }];

  it("streams one token (4 ASCII characters) per delta at the rate asked, whatever the responder's pacing", async () => {
    // 100 characters = 25 tokens: at 200 a second about 125 ms, where the default pacing takes ~45 ms.
    server.setResponder(() => ({ type: "text", content: "x".repeat(100), chunkChars: 50, chunkDelayMs: 0 }));
    const client = new OpenAI({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0 });
    const started = performance.now();
    const stream = await client.chat.completions.create({ model: "m", messages, stream: true });
    const deltas: string[] = [];
    for await (const chunk of stream) {
      const content = chunk.choices[0]?.delta?.content;
      if (content) deltas.push(content);
    }
    const elapsed = performance.now() - started;
    expect(deltas.join("")).toBe("x".repeat(100));
    expect(deltas.every((delta) => delta.length === 4)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(24 * 5);
  });

  it("counts a character outside ASCII as a token of its own, as a real tokenizer roughly does", async () => {
    // 8 ASCII characters (3 tokens: the runs `{"d":"` and `"}`) and 7 kana (7 tokens).
    const content = '{"d":"カードｾﾌﾞﾝ"}';
    server.setResponder(() => ({ type: "text", content }));
    const client = new OpenAI({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0 });
    const started = performance.now();
    const stream = await client.chat.completions.create({ model: "m", messages, stream: true });
    const deltas: string[] = [];
    for await (const chunk of stream) {
      const content = chunk.choices[0]?.delta?.content;
      if (content) deltas.push(content);
    }
    expect(deltas.join("")).toBe(content);
    expect(deltas).toEqual(['{"d"', ':"', ..."カードｾﾌﾞﾝ", '"}']);
    // 10 deltas, one every 5 ms at 200 tokens a second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(9 * 5);
  });

  it("leaves status answers alone and refuses a rate that is not positive", () => {
    const status = { type: "status", status: 429 } as const;
    expect(atTokenRate(40, () => status)({} as never)).toBe(status);
    expect(() => atTokenRate(0)).toThrow(RangeError);
  });
});
