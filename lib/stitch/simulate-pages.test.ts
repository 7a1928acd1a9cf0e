import { describe, expect, it } from "vitest";
import { mergeRows } from "@/lib/stitch/merge-rows";
import { scoreStitch } from "@/lib/stitch/score-stitch";
import { simulatePages } from "@/lib/stitch/simulate-pages";
import { mulberry32 } from "@/scripts/corpus/prng";

const truth = Array.from({ length: 20 }, (_, index) => ({
  date: `2026-11-${String(10 + Math.floor(index / 3)).padStart(2, "0")}`,
  description: ["Lawson", "Starbucks Coffee", "JR East", "Uniqlo Ginza", "Daiso"][index % 5]!,
  amount: [480, 650, 220, 3990, 110][index % 5]! + index,
  direction: "out" as const,
}));

describe("simulatePages", () => {
  it("cuts the truth into overlapping pages with damaged edge rows", () => {
    const pages = simulatePages(truth, { pages: 3, overlapRows: 3, misread: 0, missed: 0, random: mulberry32(1) });
    expect(pages).toHaveLength(3);
    expect(pages.flat().length).toBe(truth.length + 2 * 3);
    expect(pages[1]?.[0]?.date.value).toBeNull();
    const bottom = pages[0]?.at(-1);
    expect(bottom?.amount.value === null || (bottom?.description.value?.length ?? 0) <= 4).toBe(true);
  });

  it("gives pages that mergeRows puts back together", () => {
    const pages = simulatePages(truth, { pages: 3, overlapRows: 3, misread: 0.2, missed: 0, random: mulberry32(7) });
    const merged = mergeRows(pages.map((rows, page) => ({ jobId: `p${page}`, page, rows })));
    expect(scoreStitch(merged.rows, truth)).toMatchObject({ right: 20, repeated: 0 });
  });
});
