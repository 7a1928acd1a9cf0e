import { describe, expect, it } from "vitest";
import { fieldMatches, labelDateIso } from "./sroie";

describe("labelDateIso", () => {
  it.each([
    ["25/12/2018", "2018-12-25"],
    ["20-11-17", "2017-11-20"],
    ["13 MAR 2018", "2018-03-13"],
    ["2018-03-13", "2018-03-13"],
    ["(06/12/2016)", "2016-12-06"],
    ["TUE 13/03/2018", "2018-03-13"],
    ["13/03/2018 11:42 AM", "2018-03-13"],
    ["MAR 13, 2018", "2018-03-13"],
    ["March 3rd 2018", "2018-03-03"],
    ["13MAR18", "2018-03-13"],
    ["20180313", "2018-03-13"],
    ["13032018", "2018-03-13"],
  ])("reads %s as %s", (label, iso) => {
    expect(labelDateIso(label)).toBe(iso);
  });

  it.each(["", "RM 12.00", "32/13/2018", "TOTAL 12"])("finds no date in %s", (label) => {
    expect(labelDateIso(label)).toBeNull();
  });
});

describe("fieldMatches on dates", () => {
  it("compares the calendar day, whatever the label's format", () => {
    expect(fieldMatches("date", "2018-03-13", "TUE 13/03/2018")).toBe(true);
    expect(fieldMatches("date", "2018-03-14", "TUE 13/03/2018")).toBe(false);
  });
});
