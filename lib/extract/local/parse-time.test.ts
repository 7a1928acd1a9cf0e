import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";
import { findTimes, formatTime, parseTime, to24Hour } from "./parse-time";

function time(text: string): string | null {
  return parseTime(normaliseText(text))?.value ?? null;
}

describe("parseTime", () => {
  it.each([
    ["12:34", "12:34"],
    ["8:42 AM", "08:42"],
    ["8:42AM", "08:42"],
    ["7:06 PM", "19:06"],
    ["1:05 p.m.", "13:05"],
    ["12:00 AM", "00:00"],
    ["12:15 PM", "12:15"],
    ["14:05:33", "14:05"],
    ["午後2時5分", "14:05"],
    ["午前9時30分", "09:30"],
    ["14時05分", "14:05"],
    ["午前 9:05", "09:05"],
    ["午後 12:10", "12:10"],
    ["１４：０５", "14:05"],
    ["14:O5", "14:05"],
    ["2026/10/03 08:15", "08:15"],
    ["Oct 3, 2026, 8:42 AM", "08:42"],
    ["2026年10月8日(木) 18:22", "18:22"],
  ])("%s → %s", (text, expected) => {
    expect(time(text)).toBe(expected);
  });

  it.each(["¥1,280", "25:00", "12:75", "2026/10/03", "1:2", "10%"])("%s is not a time", (text) => {
    expect(time(text)).toBeNull();
  });
});

describe("findTimes", () => {
  it("finds several times with their spans", () => {
    const text = "10:30 - 11:45";
    const found = findTimes(text);
    expect(found.map((t) => t.value)).toEqual(["10:30", "11:45"]);
    expect(text.slice(found[1]?.start, found[1]?.end)).toBe("11:45");
  });
});

describe("helpers", () => {
  it("converts 12-hour clocks", () => {
    expect(to24Hour(12, "am")).toBe(0);
    expect(to24Hour(12, "pm")).toBe(12);
    expect(to24Hour(1, "pm")).toBe(13);
    expect(to24Hour(13, "pm")).toBeNull();
    expect(formatTime(9, 5)).toBe("09:05");
    expect(formatTime(9, 60)).toBeNull();
  });
});

describe("Chinese, Korean and French clocks", () => {
  it.each([
    ["2025年3月4日下午 5:35", "17:35"],
    ["上午 9:05", "09:05"],
    ["2026. 3. 4. 오후 2:05", "14:05"],
    ["오전 12:10", "00:10"],
    ["4 mars 2026 23h08", "23:08"],
    ["à 9 h 05", "09:05"],
  ])("%s → %s", (text, expected) => {
    expect(findTimes(text)[0]?.value).toBe(expected);
  });
  it.each(["Forfait 2h", "Route 15h3", "Menu 3h45min", "48h00x"])("%s holds no time", (text) => {
    expect(findTimes(text)).toEqual([]);
  });
});
