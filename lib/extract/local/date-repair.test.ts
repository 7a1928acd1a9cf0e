import { describe, expect, it } from "vitest";
import { garbledDate, repairDate, repairYear } from "./date-repair";
import type { Token } from "./layout";

function token(text: string): Token {
  return { raw: text, text, box: { x0: 0, y0: 0, x1: 10, y1: 10 }, confidence: 70 };
}

const ctx = { year: 2026, month: 10 };

describe("garbledDate", () => {
  it("offers the dates a doubled digit could hide", () => {
    expect(garbledDate(token("10/144"), ctx)?.candidates).toEqual(["2026-10-14"]);
    expect(garbledDate(token("10/123"), ctx)?.candidates).toEqual(["2026-10-23", "2026-10-13", "2026-10-12"]);
  });
  it("ignores valid dates and other tokens", () => {
    expect(garbledDate(token("10/14"), ctx)).toBeNull();
    expect(garbledDate(token("1,280"), ctx)).toBeNull();
    expect(garbledDate(token("10/1444"), ctx)).toBeNull();
  });
});

describe("repairDate", () => {
  it("keeps the one reading between the neighbours' dates", () => {
    const g = garbledDate(token("10/123"), ctx);
    if (!g) throw new Error("expected candidates");
    expect(repairDate(g, "2026-10-10", "2026-10-12")).toBe("2026-10-12");
    expect(repairDate(g, "2026-10-20", "2026-10-25")).toBe("2026-10-23");
  });
  it("gives up when several readings fit", () => {
    const g = garbledDate(token("10/123"), ctx);
    if (!g) throw new Error("expected candidates");
    expect(repairDate(g, "2026-10-01", "2026-10-31")).toBeNull();
  });
});

describe("repairYear", () => {
  const now = new Date("2019-06-01T00:00:00Z");
  it("repairs a future year one digit away from the page's years", () => {
    expect(repairYear({ year: 2078, month: 3, day: 12 }, [2078, 2018], now)).toBe(2018);
  });
  it("falls back to the reference year", () => {
    expect(repairYear({ year: 2079, month: 3, day: 12 }, [], now)).toBe(2019);
  });
  it("leaves plausible dates and unrepairable ones alone", () => {
    expect(repairYear({ year: 2018, month: 3, day: 12 }, [], now)).toBeNull();
    expect(repairYear({ year: 2087, month: 3, day: 12 }, [], now)).toBeNull();
  });
});
