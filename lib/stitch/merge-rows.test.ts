import { describe, expect, it } from "vitest";
import { mergeRows } from "@/lib/stitch/merge-rows";
import { row, rowLines } from "@/lib/stitch/stitch-rows.testing";

const page = (index: number, rows: ReturnType<typeof row>[]) => ({ jobId: `job-${index}`, page: index, rows });

describe("mergeRows", () => {
  it("counts an exact overlap once", () => {
    const result = mergeRows([
      page(0, [row("2026-12-01", "Lawson", 480), row("2026-12-01", "JR East", 220), row("2026-12-02", "Uniqlo", 3990)]),
      page(1, [
        row("2026-12-01", "JR East", 220),
        row("2026-12-02", "Uniqlo", 3990),
        row("2026-12-03", "Tsutaya", 1100),
      ]),
    ]);
    expect(rowLines(result.rows)).toEqual([
      "2026-12-01 Lawson 480",
      "2026-12-01 JR East 220",
      "2026-12-02 Uniqlo 3990",
      "2026-12-03 Tsutaya 1100",
    ]);
    expect(result.repeatsRemoved).toBe(2);
    expect(result.seams).toEqual([{ page: 0, next: 1, overlapFound: true, repeatedRows: 2 }]);
    expect(result.totals).toEqual({ out: 480 + 220 + 3990 + 1100, in: 0, unread: 0 });
  });

  it("says where each row was read and where else it showed", () => {
    const result = mergeRows([
      page(0, [row("2026-12-01", "Lawson", 480, { y: 100 }), row("2026-12-01", "JR East", 220, { y: 200 })]),
      page(1, [row("2026-12-01", "JR East", 220, { y: 10 }), row("2026-12-03", "Tsutaya", 1100, { y: 110 })]),
    ]);
    expect(result.rows.map((r) => [r.source.jobId, r.source.index])).toEqual([
      ["job-0", 0],
      ["job-0", 1],
      ["job-1", 1],
    ]);
    expect(result.rows[1]?.alsoOn).toEqual([
      { jobId: "job-1", page: 1, index: 0, box: { x0: 20, y0: 10, x1: 700, y1: 40 } },
    ]);
    expect(result.rows[2]?.source.box).toEqual({ x0: 20, y0: 110, x1: 700, y1: 140 });
  });

  it("recognises an overlap read differently by OCR on the two pages", () => {
    const result = mergeRows([
      page(0, [
        row("2026-11-28", "Starbucks Coffee", 650),
        row("2026-11-29", "Amazon.co.jp", 2980),
        row("2026-11-29", "FamilyMart", 312),
      ]),
      page(1, [
        row("2026-11-29", "Amazon.co.ip", 2980),
        row("2026-11-29", "FamiIyMart", 312),
        row("2026-11-30", "Seven-Eleven", 198),
      ]),
    ]);
    expect(result.rows).toHaveLength(4);
    expect(result.repeatsRemoved).toBe(2);
  });

  it("keeps the whole reading of a row cut off at the bottom of a page", () => {
    // The last row of page 0 is half visible: its description lost its end, its amount is unread.
    const cut = row("2026-11-29", "Bic Cam", null, { confidence: 0.4 });
    const whole = row("2026-11-29", "Bic Camera Shinjuku", 15800);
    const result = mergeRows([
      page(0, [row("2026-11-28", "Doutor", 420), row("2026-11-29", "Matsuya", 590), cut]),
      page(1, [row("2026-11-29", "Matsuya", 590), whole, row("2026-11-30", "Daiso", 110)]),
    ]);
    expect(rowLines(result.rows)).toEqual([
      "2026-11-28 Doutor 420",
      "2026-11-29 Matsuya 590",
      "2026-11-29 Bic Camera Shinjuku 15800",
      "2026-11-30 Daiso 110",
    ]);
    expect(result.rows[2]?.source).toMatchObject({ jobId: "job-1", index: 1 });
    expect(result.totals.unread).toBe(0);
  });

  it("stitches when the row cut off at the top of the next page was not read at all", () => {
    const result = mergeRows([
      page(0, [row("2026-11-28", "Doutor", 420), row("2026-11-29", "Matsuya", 590), row("2026-11-29", "Lawson", 150)]),
      page(1, [row("2026-11-29", "Lawson", 150), row("2026-11-30", "Daiso", 110)]),
    ]);
    expect(result.rows).toHaveLength(4);
    expect(result.repeatsRemoved).toBe(1);
  });

  it("keeps a row one page missed inside the overlap", () => {
    const result = mergeRows([
      page(0, [row("2026-11-28", "Doutor", 420), row("2026-11-29", "Matsuya", 590), row("2026-11-29", "Lawson", 150)]),
      page(1, [row("2026-11-28", "Doutor", 420), row("2026-11-29", "Lawson", 150), row("2026-11-30", "Daiso", 110)]),
    ]);
    expect(rowLines(result.rows)).toEqual([
      "2026-11-28 Doutor 420",
      "2026-11-29 Matsuya 590",
      "2026-11-29 Lawson 150",
      "2026-11-30 Daiso 110",
    ]);
    expect(result.repeatsRemoved).toBe(2);
  });

  it("keeps two real coffees at the same price on the same day outside the overlap", () => {
    const coffee = () => row("2026-12-01", "Starbucks", 500);
    const result = mergeRows([
      page(0, [coffee(), coffee(), row("2026-12-01", "Lawson", 480), row("2026-12-02", "JR East", 220)]),
      page(1, [
        row("2026-12-01", "Lawson", 480),
        row("2026-12-02", "JR East", 220),
        coffee(),
        row("2026-12-03", "Daiso", 110),
      ]),
    ]);
    expect(rowLines(result.rows)).toEqual([
      "2026-12-01 Starbucks 500",
      "2026-12-01 Starbucks 500",
      "2026-12-01 Lawson 480",
      "2026-12-02 JR East 220",
      "2026-12-01 Starbucks 500",
      "2026-12-03 Daiso 110",
    ]);
    expect(result.repeatsRemoved).toBe(2);
  });

  it("keeps two coffees alike inside one page even where the pages overlap", () => {
    const coffee = () => row("2026-12-01", "Starbucks", 500);
    const result = mergeRows([
      page(0, [row("2026-11-30", "Daiso", 110), coffee(), coffee()]),
      page(1, [coffee(), coffee(), row("2026-12-02", "Lawson", 480)]),
    ]);
    expect(result.rows).toHaveLength(4);
    expect(result.repeatsRemoved).toBe(2);
  });

  it("joins pages without an overlap end to end and says so", () => {
    const result = mergeRows([
      page(0, [row("2026-12-01", "Lawson", 480), row("2026-12-01", "JR East", 220)]),
      page(1, [row("2026-12-05", "Tsutaya", 1100), row("2026-12-06", "Daiso", 110)]),
    ]);
    expect(result.rows).toHaveLength(4);
    expect(result.repeatsRemoved).toBe(0);
    expect(result.seams).toEqual([{ page: 0, next: 1, overlapFound: false, repeatedRows: 0 }]);
  });

  it("does not take a different amount for a misreading of another shop", () => {
    const result = mergeRows([
      page(0, [row("2026-12-01", "Lawson", 480)]),
      page(1, [row("2026-12-01", "Lawson", 980)]),
    ]);
    expect(result.rows).toHaveLength(2);
  });

  it("returns a single page as it is", () => {
    const rows = [row("2026-12-01", "Lawson", 480), row("2026-12-01", "Lawson", 480, { direction: "in" })];
    const result = mergeRows([page(0, rows)]);
    expect(rowLines(result.rows)).toEqual(rowLines(rows));
    expect(result.seams).toEqual([]);
    expect(result.totals).toEqual({ out: 480, in: 480, unread: 0 });
  });

  it("merges three pages, newest first as the app listed them, without reordering", () => {
    const all = ["2026-12-09", "2026-12-08", "2026-12-07", "2026-12-06", "2026-12-05", "2026-12-04", "2026-12-03"].map(
      (date, index) => row(date, `Shop ${String.fromCharCode(65 + index)}`, 100 * (index + 1)),
    );
    const result = mergeRows([page(0, all.slice(0, 3)), page(1, all.slice(2, 5)), page(2, all.slice(4, 7))]);
    expect(rowLines(result.rows)).toEqual(rowLines(all));
    expect(result.repeatsRemoved).toBe(2);
    expect(result.rows.map((r) => r.source.page)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it("merges screenshots uploaded bottom first in the list's order, and says so", () => {
    const all = ["Lawson", "JR East", "Uniqlo", "Tsutaya", "Daiso", "Doutor"].map((shop, index) =>
      row(`2026-12-0${9 - index}`, shop, 100 + index),
    );
    const result = mergeRows([page(0, all.slice(3, 6)), page(1, all.slice(0, 4))]);
    expect(result.orderReversed).toBe(true);
    expect(rowLines(result.rows)).toEqual(rowLines(all));
    expect(result.repeatsRemoved).toBe(1);
    expect(mergeRows([page(0, all.slice(0, 4)), page(1, all.slice(3, 6))]).orderReversed).toBe(false);
  });

  it("keeps the given order when neither order overlaps", () => {
    const result = mergeRows([page(0, [row("2026-12-01", "Lawson", 480)]), page(1, [row("2026-12-05", "Daiso", 110)])]);
    expect(result.orderReversed).toBe(false);
    expect(result.rows.map((r) => r.source.page)).toEqual([0, 1]);
  });

  it("handles empty pages", () => {
    expect(mergeRows([]).rows).toEqual([]);
    const result = mergeRows([page(0, []), page(1, [row("2026-12-01", "Lawson", 480)])]);
    expect(result.rows).toHaveLength(1);
    expect(result.seams).toEqual([{ page: 0, next: 1, overlapFound: false, repeatedRows: 0 }]);
  });
});
