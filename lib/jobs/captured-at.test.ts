import { describe, expect, it } from "vitest";
import { capturedAtPerFile } from "./captured-at";

const uploadedAt = new Date("2026-12-05T12:00:00Z");

describe("capturedAtPerFile", () => {
  it("gives every file no time when none was sent", () => {
    expect(capturedAtPerFile(undefined, 2, uploadedAt)).toEqual([null, null]);
  });

  it("gives one time to every file, or each file its own", () => {
    expect(capturedAtPerFile(["2026-12-01T08:30:00+09:00"], 2, uploadedAt)).toEqual([
      new Date("2026-11-30T23:30:00Z"),
      new Date("2026-11-30T23:30:00Z"),
    ]);
    expect(capturedAtPerFile(["2026-12-01T08:30:00Z", null], 2, uploadedAt)).toEqual([
      new Date("2026-12-01T08:30:00Z"),
      null,
    ]);
  });

  it("takes no time after the upload or before 2000 for a capture time", () => {
    expect(capturedAtPerFile(["2026-12-05T12:05:00Z", "1970-01-01T00:00:00Z"], 2, uploadedAt)).toEqual([null, null]);
    expect(capturedAtPerFile(["2026-12-05T12:00:00Z"], 1, uploadedAt)).toEqual([uploadedAt]);
  });

  it("refuses a count of times that fits neither all files nor each", () => {
    expect(() => capturedAtPerFile(["2026-12-01T08:30:00Z", null], 3, uploadedAt)).toThrow(
      expect.objectContaining({ code: "invalid_request", status: 422 }),
    );
  });
});
