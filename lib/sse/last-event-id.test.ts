import { describe, expect, it } from "vitest";
import { parseLastEventId, resumePoint } from "@/lib/sse/last-event-id";

describe("parseLastEventId", () => {
  it("reads decimal digits from the header, else the query, else starts from 0", () => {
    expect(parseLastEventId("12", "3")).toBe(12);
    expect(parseLastEventId(null, "3")).toBe(3);
    expect(parseLastEventId(null, null)).toBe(0);
    expect(parseLastEventId("", null)).toBe(0);
    expect(parseLastEventId(null, "")).toBe(0);
    expect(parseLastEventId("007", null)).toBe(7);
  });

  it("refuses anything but decimal digits, from the header and from the query alike", () => {
    for (const bad of ["0x10", "1e3", "abc", "-1", "2.0", " 5", "5 ", "+5", "0b1", "١٢", "9007199254740993"]) {
      expect(() => parseLastEventId(bad, null), bad).toThrow(
        expect.objectContaining({ code: "invalid_last_event_id", status: 400 }),
      );
      expect(() => parseLastEventId(null, bad), bad).toThrow(
        expect.objectContaining({ code: "invalid_last_event_id", status: 400 }),
      );
    }
  });
});

describe("resumePoint", () => {
  it("keeps an id within the log and takes one beyond it as the log's end", () => {
    expect(resumePoint(3, 10)).toBe(3);
    expect(resumePoint(10, 10)).toBe(10);
    expect(resumePoint(1_000_000, 10)).toBe(10);
  });
});
