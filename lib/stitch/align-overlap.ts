import type { TransactionRow } from "@/lib/extract/schema";
import { rowSimilarity } from "@/lib/stitch/row-similarity";

/**
 * Where the end of one page and the start of the next show the same rows. A semi-global
 * alignment (the overlap may start anywhere on the earlier page, must run to its end, must start
 * at the next page's top and may stop anywhere on it), so a row one page missed or read beyond
 * recognition inside the overlap costs a gap instead of breaking it.
 */

/** One step of an alignment: a row on both pages, or on one only. */
export type AlignmentStep =
  | { kind: "both"; earlier: number; later: number; similarity: number }
  | { kind: "earlier"; earlier: number }
  | { kind: "later"; later: number };

export interface Overlap {
  /** The first row of the earlier page inside the overlap. */
  earlierStart: number;
  /** The rows of the later page inside the overlap (they are its first ones). */
  laterCount: number;
  steps: AlignmentStep[];
  score: number;
}

/** What a row one page shows and the other does not costs inside an overlap. */
export const GAP_COST = 0.35;
/**
 * The least an overlap must score to be believed: one row matching on its amount and its
 * description (0.45 + 0.35 × similarity), or several weaker ones. Less, and the pages are
 * taken as not overlapping.
 */
export const MIN_OVERLAP_SCORE = 0.7;

type Move = "both" | "earlier" | "later" | "start";

/** The best overlap of `earlier`'s end with `later`'s start, or null when none is believable. */
export function alignOverlap(earlier: TransactionRow[], later: TransactionRow[]): Overlap | null {
  const rows = earlier.length;
  const columns = later.length;
  if (rows === 0 || columns === 0) return null;
  // score[i][j]: the best alignment of some suffix of earlier[0..i) with later[0..j).
  const score: number[][] = [];
  const move: Move[][] = [];
  for (let i = 0; i <= rows; i++) {
    score.push(new Array<number>(columns + 1).fill(0));
    move.push(new Array<Move>(columns + 1).fill("start"));
  }
  const at = (i: number, j: number) => score[i]?.[j] ?? Number.NEGATIVE_INFINITY;
  for (let j = 1; j <= columns; j++) {
    score[0]![j] = at(0, j - 1) - GAP_COST;
    move[0]![j] = "later";
  }
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      const similarity = rowSimilarity(earlier[i - 1]!, later[j - 1]!);
      const options: Array<[number, Move]> = [
        [at(i - 1, j) - GAP_COST, "earlier"],
        [at(i, j - 1) - GAP_COST, "later"],
      ];
      if (similarity !== null) options.push([at(i - 1, j - 1) + similarity, "both"]);
      const [best, how] = options.reduce((a, b) => (b[0] > a[0] ? b : a));
      score[i]![j] = best;
      move[i]![j] = how;
    }
  }
  // The overlap runs to the earlier page's end; pick where on the later page it stops.
  let bestColumn = 0;
  for (let j = 1; j <= columns; j++) if (at(rows, j) > at(rows, bestColumn)) bestColumn = j;
  const best = at(rows, bestColumn);
  if (bestColumn === 0 || best < MIN_OVERLAP_SCORE) return null;

  const steps: AlignmentStep[] = [];
  let i = rows;
  let j = bestColumn;
  while (j > 0) {
    const how = move[i]![j]!;
    if (how === "both") {
      steps.push({ kind: "both", earlier: i - 1, later: j - 1, similarity: at(i, j) - at(i - 1, j - 1) });
      i--;
      j--;
    } else if (how === "earlier") {
      steps.push({ kind: "earlier", earlier: i - 1 });
      i--;
    } else {
      steps.push({ kind: "later", later: j - 1 });
      j--;
    }
  }
  steps.reverse();
  if (!steps.some((step) => step.kind === "both")) return null;
  return { earlierStart: i, laterCount: bestColumn, steps, score: best };
}
