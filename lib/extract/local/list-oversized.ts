/**
 * A number set far larger than the list's amounts, with no currency of its own, is no
 * transaction: a lock screen's clock over its notifications (`20:15` read as `2 O - 1 5`), a
 * step count or a badge. A list sets its money in one type; a hero balance carries its currency
 * and is left to the summary rules.
 */
import type { Transaction } from "./list-grouping";

/** How many times the list's usual amount type a row must be to stand out. */
const OVERSIZED = 3;
/** The usual type needs a few rows to be known. */
const MIN_ROWS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The transactions without those whose amount is an oversized number carrying no currency. */
export function withoutOversizedNumbers(transactions: Transaction[]): Transaction[] {
  if (transactions.length < MIN_ROWS) return transactions;
  const usual = median(transactions.map((t) => t.anchor.row.height));
  return transactions.filter((t) => {
    const amount = t.anchor.amount;
    const bare = amount !== null && amount.currency === null && !amount.dollar;
    return !(bare && t.anchor.row.height > usual * OVERSIZED);
  });
}
