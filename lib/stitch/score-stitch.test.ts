import { describe, expect, it } from "vitest";
import { scoreStitch } from "@/lib/stitch/score-stitch";
import { row } from "@/lib/stitch/stitch-rows.testing";

const truth = [
  { date: "2026-12-01", description: "Starbucks", amount: 500, direction: "out" as const },
  { date: "2026-12-01", description: "Starbucks", amount: 500, direction: "out" as const },
  { date: "2026-12-02", description: "Lawson", amount: 480, direction: "out" as const },
];

describe("scoreStitch", () => {
  it("counts rows right, repeated, lost and other", () => {
    const merged = [
      row("2026-12-01", "Starbucks", 500),
      row("2026-12-01", "Starbucks", 500),
      row("2026-12-01", "Starbuck5", 500),
      row("2026-12-03", "Daiso", 110),
    ];
    expect(scoreStitch(merged, truth)).toEqual({ truth: 3, right: 2, repeated: 1, lost: 1, other: 1 });
  });

  it("scores a perfect merge as all right", () => {
    const merged = truth.map((t) => row(t.date, t.description, t.amount));
    expect(scoreStitch(merged, truth)).toEqual({ truth: 3, right: 3, repeated: 0, lost: 0, other: 0 });
  });
});
