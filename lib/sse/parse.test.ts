import { describe, expect, it } from "vitest";
import { encodeComment, encodeMessage } from "@/lib/sse/encode";
import { type ParsedEvent, SseParser } from "@/lib/sse/parse";

function parseChunks(chunks: (string | Uint8Array)[]) {
  const events: ParsedEvent[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = new SseParser({
    onEvent: (event) => events.push(event),
    onRetry: (ms) => retries.push(ms),
    onComment: (text) => comments.push(text),
  });
  for (const chunk of chunks) parser.feed(chunk);
  return { events, retries, comments, lastId: parser.lastId };
}

const stream =
  encodeMessage({ retry: 3000, id: 1, event: "job.received", data: { jobId: "j1", name: "レシート ¥1,280" } }) +
  encodeComment("keep-alive") +
  encodeMessage({ id: 2, event: "ocr.region", data: "line one\nline two" }) +
  "data: no id or event\r\n\r\n" +
  'id: 3\revent: job.done\rdata: {"status":"succeeded"}\r\r';

const expected: ParsedEvent[] = [
  { id: "1", event: "job.received", data: '{"jobId":"j1","name":"レシート ¥1,280"}' },
  { id: "2", event: "ocr.region", data: "line one\nline two" },
  { id: "2", event: "message", data: "no id or event" },
  { id: "3", event: "job.done", data: '{"status":"succeeded"}' },
];

describe("SseParser", () => {
  it("parses a whole stream in one chunk", () => {
    const result = parseChunks([stream]);
    expect(result.events).toEqual(expected);
    expect(result.retries).toEqual([3000]);
    expect(result.comments).toEqual(["keep-alive"]);
    expect(result.lastId).toBe("3");
  });

  it("gives the same events for every split of the stream into two chunks", () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const result = parseChunks([stream.slice(0, cut), stream.slice(cut)]);
      expect(result.events, `split at ${cut}`).toEqual(expected);
    }
  });

  it("gives the same events for every split of the bytes, inside multi-byte characters too", () => {
    const bytes = new TextEncoder().encode(stream);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const result = parseChunks([bytes.slice(0, cut), bytes.slice(cut)]);
      expect(result.events, `byte split at ${cut}`).toEqual(expected);
    }
  });

  it("handles the stream fed one byte at a time", () => {
    const bytes = new TextEncoder().encode(stream);
    const result = parseChunks(Array.from(bytes, (byte) => Uint8Array.of(byte)));
    expect(result.events).toEqual(expected);
  });

  it("handles every three-way split", () => {
    const short = `${encodeMessage({ id: 9, event: "x", data: "a\nb" })}data: c\r\n\r\n`;
    const want = parseChunks([short]).events;
    expect(want).toHaveLength(2);
    for (let a = 0; a <= short.length; a++) {
      for (let b = a; b <= short.length; b++) {
        const result = parseChunks([short.slice(0, a), short.slice(a, b), short.slice(b)]);
        expect(result.events, `splits ${a},${b}`).toEqual(want);
      }
    }
  });

  it("strips a leading BOM, ignores unknown fields and bad retry values", () => {
    const result = parseChunks(["\uFEFFfoo: bar\nretry: soon\ndata:x\n\n"]);
    expect(result.events).toEqual([{ id: undefined, event: "message", data: "x" }]);
    expect(result.retries).toEqual([]);
  });

  it("does not dispatch an event whose blank line never came", () => {
    expect(parseChunks(["id: 1\ndata: partial\n"]).events).toEqual([]);
  });

  it("ignores an id containing NUL", () => {
    expect(parseChunks(["id: 5\n\nid: a\0b\ndata: x\n\n"]).events).toEqual([{ id: "5", event: "message", data: "x" }]);
  });
});
