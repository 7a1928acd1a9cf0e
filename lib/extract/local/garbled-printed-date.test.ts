import { describe, expect, it } from "vitest";
import { repairPrintedDate } from "./garbled-printed-date";

describe("repairPrintedDate", () => {
  it.each([
    ["2670572018", { year: 2018, month: 5, day: 26 }],
    ["191032017 10:22", { year: 2017, month: 3, day: 19 }],
    ["177042078", { year: 2078, month: 4, day: 17 }],
    ["23/16/2017", { year: 2017, month: 10, day: 23 }],
    ["29/89/2017", { year: 2017, month: 9, day: 29 }],
    ["92/02/2018", { year: 2018, month: 2, day: 2 }],
    ["14-16-17", { year: 2017, month: 10, day: 14 }],
  ])("reads %s day first", (text, expected) => {
    expect(repairPrintedDate(text, false)).toMatchObject(expected);
  });

  it("reads month first when the page does", () => {
    expect(repairPrintedDate("16/23/2017", true)).toMatchObject({ year: 2017, month: 10, day: 23 });
  });

  it.each([
    ["12/03/2018", "a valid date is left to the date patterns"],
    ["0387686092", "a phone number has no separators in date places"],
    ["45/13/2018", "no single worn 0 makes it a date"],
    ["0a/05/2018", "a letter where a digit was"],
    ["Cash", "not a date"],
  ])("%s: null (%s)", (text) => {
    expect(repairPrintedDate(text, false)).toBeNull();
  });
});
