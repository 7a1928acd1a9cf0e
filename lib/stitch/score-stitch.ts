import type { TransactionRow } from "@/lib/extract/schema";
import { descriptionSimilarity, SAME_DESCRIPTION } from "@/lib/stitch/row-similarity";

/** A row of the truth: what the list really holds. */
export interface TruthRow {
  date: string;
  description: string;
  amount: number;
  direction: "in" | "out";
}

/**
 * A merged list against the truth. Each truth row is matched at most once, to a row with its
 * amount, its date and a description alike (a misreading still counts); a merged row that
 * matches a truth row already taken is a `repeated` row (the stitch counted it twice), one that
 * matches none is `other` (a row read wrong on its page).
 */
export interface StitchScore {
  truth: number;
  right: number;
  repeated: number;
  lost: number;
  other: number;
}

function matches(row: TransactionRow, truth: TruthRow): boolean {
  if (row.amount.value === null || Math.abs(Math.abs(row.amount.value) - truth.amount) > 0.005) return false;
  if (row.date.value !== truth.date) return false;
  return (descriptionSimilarity(row.description.value, truth.description) ?? 0) >= SAME_DESCRIPTION;
}

export function scoreStitch(merged: readonly TransactionRow[], truth: readonly TruthRow[]): StitchScore {
  const taken = new Array<boolean>(truth.length).fill(false);
  let right = 0;
  let repeated = 0;
  let other = 0;
  // In order: the truth row nearest the merged row's place wins among look-alikes.
  for (const row of merged) {
    const free = truth.findIndex((candidate, index) => !taken[index] && matches(row, candidate));
    if (free >= 0) {
      taken[free] = true;
      right++;
    } else if (truth.some((candidate) => matches(row, candidate))) {
      repeated++;
    } else {
      other++;
    }
  }
  return { truth: truth.length, right, repeated, lost: truth.length - right, other };
}

export function addScores(a: StitchScore, b: StitchScore): StitchScore {
  return {
    truth: a.truth + b.truth,
    right: a.right + b.right,
    repeated: a.repeated + b.repeated,
    lost: a.lost + b.lost,
    other: a.other + b.other,
  };
}
