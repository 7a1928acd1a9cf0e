import { describe, expect, it } from "vitest";
import { readGarbledHeader } from "./garbled-date-header";

const iso = (d: { year: number; month: number; day: number } | null) =>
  d ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : null;

describe("readGarbledHeader", () => {
  it.each([
    ["202512178", { year: 2025, month: 12, day: 19 }, "2025-12-17"],
    ["20257125168", { year: 2025, month: 12, day: 17 }, "2025-12-16"],
    ["202547125158", { year: 2025, month: 12, day: 16 }, "2025-12-15"],
    ["20254712138", { year: 2025, month: 12, day: 15 }, "2025-12-13"],
    ["202512128", { year: 2025, month: 12, day: 13 }, "2025-12-12"],
  ])("%s under %o → %s", (text, latest, expected) => {
    expect(iso(readGarbledHeader(text, latest))).toBe(expected);
  });

  it("reads nothing into text that is not a run of digits, or a year far from the page's", () => {
    expect(readGarbledHeader("No. 20251217", null)).toBeNull();
    expect(readGarbledHeader("1234567890", null)).toBeNull();
    expect(readGarbledHeader("202512178", null, 2019)).toBeNull();
  });
});
