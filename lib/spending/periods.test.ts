import { describe, expect, it } from "vitest";
import { isCalendarDay, periodStart, periodsEndingAt } from "@/lib/spending/periods";

describe("spending periods", () => {
  it("starts a week on its Monday, across month and year ends", () => {
    expect(periodStart("2026-12-04", "week")).toBe("2026-11-30"); // a Friday
    expect(periodStart("2026-11-30", "week")).toBe("2026-11-30"); // the Monday itself
    expect(periodStart("2027-01-03", "week")).toBe("2026-12-28"); // a Sunday
  });

  it("starts a month on its first day", () => {
    expect(periodStart("2026-02-28", "month")).toBe("2026-02-01");
  });

  it("lists the window's periods oldest first", () => {
    expect(periodsEndingAt("2026-02-01", "month", 3)).toEqual(["2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(periodsEndingAt("2026-03-02", "week", 3)).toEqual(["2026-02-16", "2026-02-23", "2026-03-02"]);
  });

  it("tells real calendar days from look-alikes", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("26-01-01")).toBe(false);
  });
});
