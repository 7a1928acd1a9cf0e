/**
 * A running balance printed under each transaction's amount, with no label (`-£23.45` over
 * `£1,211.11`, `12,345円` over `234,567円`), or beside it with no column header saying so. A line
 * under the amount looks like a transaction of its own; what gives it away is arithmetic: from
 * one transaction to the next the balances differ by exactly one of the two transactions'
 * amounts. The same arithmetic says which way each transaction went, where no sign, column or
 * word does.
 */
import type { Direction } from "@/lib/extract/schema";
import { unionBoxes } from "./layout";
import type { Transaction } from "./list-grouping";
import type { RowAmount } from "./page";

/** A transaction and the amount-only line right under it that may be its running balance. */
interface Pair {
  transaction: Transaction;
  balance: Transaction;
}

/** How much smaller than the amount's line a sub-line is set, at most. */
const SUB_LINE = 0.9;

const cents = (t: Transaction): number => Math.round((t.anchor.amount?.value ?? Number.NaN) * 100);

/** The right edge of a transaction's amount. */
function amountRight(t: Transaction): number | null {
  const box = unionBoxes(t.anchor.amount?.tokens.map((token) => token.box) ?? []);
  return box ? box.x1 : null;
}

/**
 * True when `lower` stands right under `upper`, its amount in the same column, no taller, and
 * with no date of its own (a line with its own date is the next transaction).
 */
function standsUnder(upper: Transaction, lower: Transaction): boolean {
  const a = upper.anchor.row;
  const b = lower.anchor.row;
  const gap = b.box.y0 - a.box.y1;
  if (gap < -a.height * 0.3 || gap > a.height * 1.2) return false;
  if (b.height > a.height * 1.1) return false;
  // A line with a date of its own is the next transaction, unless set smaller: a sub-line
  // (`28 Nov · Debit card   £1,211.11`).
  if (lower.anchor.dates.length > 0 && b.height > a.height * SUB_LINE) return false;
  const right = amountRight(upper);
  const belowRight = amountRight(lower);
  return right !== null && belowRight !== null && Math.abs(right - belowRight) <= a.height * 1.5;
}

/** The candidate pairs, top to bottom, each transaction in at most one. */
function pairsOf(transactions: Transaction[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < transactions.length; i++) {
    const transaction = transactions[i];
    const balance = transactions[i + 1];
    if (!transaction || !balance || !standsUnder(transaction, balance)) continue;
    pairs.push({ transaction, balance });
    i++;
  }
  return pairs;
}

/** What the chain of balances says: which lines are balances, and the direction it proves. */
export interface RunningBalances {
  /** Each balance line, with the transaction it stands under. */
  balances: ReadonlyMap<Transaction, Transaction>;
  directions: ReadonlyMap<Transaction, Direction>;
}

/** A balance in cents, with its sign (an overdrawn account's `-1,704.33`). */
function signedCents(amount: RowAmount | null | undefined): number {
  if (!amount) return Number.NaN;
  return Math.round(amount.value * 100) * (amount.sign === "-" ? -1 : 1);
}

/**
 * Finds running balances, under the amounts or beside them on the row (`12,345 | 234,567`).
 * Two neighbouring transactions link when their balances differ by the upper one's amount (a
 * list newest first) or the lower one's (oldest first); a balance line in a link is no
 * transaction, and the link says whether its transaction added to the balance or took from it.
 */
export function findRunningBalances(transactions: Transaction[]): RunningBalances {
  const pairs = pairsOf(transactions);
  const lineUnder = new Map(pairs.map((p) => [p.transaction, p.balance]));
  const lines = new Set(pairs.map((p) => p.balance));
  const ledger = transactions.filter((t) => !lines.has(t));
  const balanceOf = (t: Transaction) => signedCents(lineUnder.get(t)?.anchor.amount ?? t.anchor.balance);
  const balances = new Map<Transaction, Transaction>();
  const directions = new Map<Transaction, Direction>();
  for (let k = 0; k + 1 < ledger.length; k++) {
    const upper = ledger[k];
    const lower = ledger[k + 1];
    if (!upper || !lower) continue;
    const change = balanceOf(upper) - balanceOf(lower);
    if (!Number.isFinite(change) || change === 0) continue;
    if (Math.abs(change) === cents(upper)) {
      directions.set(upper, change > 0 ? "in" : "out");
    } else if (Math.abs(change) === cents(lower)) {
      directions.set(lower, change < 0 ? "in" : "out");
    } else continue;
    for (const t of [upper, lower]) {
      const line = lineUnder.get(t);
      if (line) balances.set(line, t);
    }
  }
  return { balances, directions };
}
