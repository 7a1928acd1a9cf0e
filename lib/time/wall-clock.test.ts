import { describe, expect, it } from "vitest";
import { isTimeZone, wallClockAt } from "@/lib/time/wall-clock";

describe("wallClockAt", () => {
  it("gives Tokyo's morning as the next calendar day when UTC is still on the previous one", () => {
    const instant = new Date("2026-12-04T23:30:15.250Z");
    expect(wallClockAt(instant, "Asia/Tokyo").toISOString()).toBe("2026-12-05T08:30:15.250Z");
  });

  it("follows daylight saving time (New York in winter and in summer)", () => {
    expect(wallClockAt(new Date("2026-01-15T03:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-01-14T22:00:00.000Z",
    );
    expect(wallClockAt(new Date("2026-07-15T03:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-07-14T23:00:00.000Z",
    );
  });

  it("keeps half-hour zones and midnight (h23, never 24:00)", () => {
    expect(wallClockAt(new Date("2026-03-01T18:30:00Z"), "Asia/Kolkata").toISOString()).toBe(
      "2026-03-02T00:00:00.000Z",
    );
  });

  it("reads an absent or unknown zone as UTC", () => {
    const instant = new Date("2026-12-04T23:30:00Z");
    expect(wallClockAt(instant, null).toISOString()).toBe(instant.toISOString());
    expect(wallClockAt(instant, "Mars/Olympus_Mons").toISOString()).toBe(instant.toISOString());
  });
});

describe("isTimeZone", () => {
  it("knows IANA names and UTC, not free text", () => {
    expect(isTimeZone("Asia/Tokyo")).toBe(true);
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("x".repeat(100))).toBe(false);
  });
});
