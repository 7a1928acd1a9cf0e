import { describe, expect, it } from "vitest";
import { encodeComment, encodeMessage, encodeRetry } from "@/lib/sse/encode";

describe("encodeMessage", () => {
  it("writes retry, id, event and data in order and ends with a blank line", () => {
    expect(encodeMessage({ retry: 2000, id: 7, event: "step.started", data: { step: "ocr" } })).toBe(
      'retry: 2000\nid: 7\nevent: step.started\ndata: {"step":"ocr"}\n\n',
    );
  });

  it("splits multi-line string data into one data line each, for every line ending", () => {
    expect(encodeMessage({ data: "a\nb\r\nc\rd" })).toBe("data: a\ndata: b\ndata: c\ndata: d\n\n");
  });

  it("keeps newlines inside JSON strings escaped on one line", () => {
    const block = encodeMessage({ id: "1", data: { text: "line 1\nline 2" } });
    expect(block).toBe('id: 1\ndata: {"text":"line 1\\nline 2"}\n\n');
  });

  it("sends an empty data line for empty data, so the event is still dispatched", () => {
    expect(encodeMessage({ data: "" })).toBe("data: \n\n");
  });

  it("refuses line breaks in id and event, and NUL in id", () => {
    expect(() => encodeMessage({ id: "1\n2", data: "x" })).toThrow(/id/);
    expect(() => encodeMessage({ event: "a\rb", data: "x" })).toThrow(/event/);
    expect(() => encodeMessage({ id: "a\0", data: "x" })).toThrow(/NUL/);
  });
});

describe("comments and retry", () => {
  it("prefixes each comment line with a colon", () => {
    expect(encodeComment("keep-alive")).toBe(": keep-alive\n\n");
    expect(encodeComment("a\nb")).toBe(": a\n: b\n\n");
  });

  it("writes a retry-only block with a whole, non-negative number", () => {
    expect(encodeRetry(1500.7)).toBe("retry: 1500\n\n");
    expect(encodeRetry(-5)).toBe("retry: 0\n\n");
  });
});
