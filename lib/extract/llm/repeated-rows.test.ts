import { describe, expect, it } from "vitest";
import { rowsToKeep } from "./repeated-rows";

const row = (date: string, description: string, amount: number, direction: "out" | "in" = "out") => ({
  date,
  description,
  amount,
  direction,
});

const coffee = row("2026-11-02", "Blue Bottle Coffee", 5.5);
const grocer = row("2026-11-03", "Whole Foods Market", 84.12);
const rent = row("2026-11-04", "Rent November", 1850);
const salary = row("2026-11-05", "Payroll ACME", 4200, "in");

describe("rowsToKeep", () => {
  it("keeps every row when no two chunks answer the same one", () => {
    expect(
      rowsToKeep([
        { rows: [coffee, grocer], ownText: "Nov 2 Blue Bottle Coffee -$5.50\nNov 3 Whole Foods Market -$84.12" },
        { rows: [rent], ownText: "Nov 4 Rent November -$1,850.00" },
      ]),
    ).toEqual([[true, true], [true]]);
  });

  it("drops a row a chunk saw only in its context lines", () => {
    expect(
      rowsToKeep([
        { rows: [coffee, grocer], ownText: "Nov 2 Blue Bottle Coffee -$5.50\nNov 3 Whole Foods Market -$84.12" },
        { rows: [grocer, rent], ownText: "Nov 4 Rent November -$1,850.00" },
      ]),
    ).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  it("keeps each row once, where it is printed, when every chunk is answered with the whole page", () => {
    const page = [coffee, grocer, rent, salary];
    expect(
      rowsToKeep([
        { rows: page, ownText: "Nov 2 Blue Bottle Coffee -$5.50\nNov 3 Whole Foods Market -$84.12" },
        { rows: page, ownText: "Nov 4 Rent November -$1,850.00\nNov 5 Payroll ACME +$4,200.00" },
      ]),
    ).toEqual([
      [true, true, false, false],
      [false, false, true, true],
    ]);
  });

  it("keeps a row no chunk shows (OCR lost its amount) once, where it was first answered", () => {
    const page = [coffee, grocer];
    expect(
      rowsToKeep([
        { rows: page, ownText: "Nov 2 Blue Bottle Coffee -$5.50\nNov 3 Whole Foods Market -$8A.I2" },
        { rows: page, ownText: "Nov 4 Rent November" },
      ]),
    ).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it("keeps a row no chunk shows beside the row before it, when the whole page is answered everywhere", () => {
    const page = [coffee, grocer, rent, salary];
    expect(
      rowsToKeep([
        { rows: page, ownText: "Nov 2 Blue Bottle Coffee -$5.50" },
        { rows: page, ownText: "Nov 3 Whole Foods Market -$84.12\nNov 4 Rent Novembr -$1,B50.00" },
        { rows: page, ownText: "Nov 5 Payroll ACME +$4,200.00" },
      ]),
    ).toEqual([
      [true, false, false, false],
      [false, true, true, false],
      [false, false, false, true],
    ]);
  });

  it("keeps two identical purchases in two chunks when each chunk prints its own", () => {
    expect(
      rowsToKeep([
        { rows: [coffee], ownText: "Nov 2 Blue Bottle Coffee -$5.50" },
        { rows: [coffee], ownText: "Nov 2 Blue Bottle Coffee -$5.50" },
      ]),
    ).toEqual([[true], [true]]);
  });

  it("does not take a longer number for the amount (5.50 is not in 15.50 or 5.505)", () => {
    expect(
      rowsToKeep([
        { rows: [coffee], ownText: "Nov 2 Blue Bottle Coffee -$5.50" },
        { rows: [coffee], ownText: "Nov 9 Parking -$15.50\nRate 5.505" },
      ]),
    ).toEqual([[true], [false]]);
  });

  it("reads full-width and grouped yen amounts", () => {
    const conbini = row("2026-11-02", "セブンイレブン", 1280);
    expect(
      rowsToKeep([
        { rows: [conbini], ownText: "11/2 セブンイレブン －１，２８０円" },
        { rows: [conbini], ownText: "11/3 ローソン －５４０円" },
      ]),
    ).toEqual([[true], [false]]);
  });

  it("does not read a day and an amount as one number", () => {
    const lunch = row("2026-11-02", "Sukiya", 540);
    expect(
      rowsToKeep([
        { rows: [lunch], ownText: "11/3 380 Matsuya" },
        { rows: [lunch], ownText: "11/2 540 Sukiya" },
      ]),
    ).toEqual([[false], [true]]);
  });

  it("leaves rows alone when a chunk's own text is not known", () => {
    expect(rowsToKeep([{ rows: [coffee] }, { rows: [coffee], ownText: "Nov 2 Blue Bottle Coffee -$5.50" }])).toEqual([
      [true],
      [true],
    ]);
  });
});
