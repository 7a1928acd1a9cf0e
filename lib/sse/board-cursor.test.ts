import { describe, expect, it } from "vitest";
import { formatBoardCursor, parseBoardCursor } from "@/lib/sse/board-cursor";

const job = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("board cursor", () => {
  it("round-trips every job's position and the board's start", () => {
    const cursor = {
      since: 1_764_900_000_000,
      positions: new Map([
        [job, 12],
        ["other-job", 3],
      ]),
    };
    const text = formatBoardCursor(cursor);
    expect(text).toBe(`b1.1764900000000.${job}:12,other-job:3`);
    expect(parseBoardCursor(text)).toEqual(cursor);
    expect(parseBoardCursor("b1.5.")).toEqual({ since: 5, positions: new Map() });
  });

  it("treats no id as a first connection", () => {
    expect(parseBoardCursor(null)).toBeNull();
    expect(parseBoardCursor("")).toBeNull();
  });

  it("refuses what this server never wrote", () => {
    for (const raw of [
      "12",
      "b2.5.",
      "b1.x.",
      `b1.5.${job}`,
      `b1.5.${job}:-1`,
      `b1.5.${job}:1,${job}:2`,
      "b1.5.a b:1",
      `b1.5.${job}:1.extra`,
    ]) {
      expect(() => parseBoardCursor(raw), raw).toThrow(/Last-Event-ID/);
    }
  });
});
