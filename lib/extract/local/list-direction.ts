/**
 * Whether each transaction of a list is money out or in. In order of trust: the statement
 * column it stands in, its sign, words in its description (給与, Refund), and finally the
 * list's own convention for unsigned amounts.
 */
import type { Direction } from "@/lib/extract/schema";
import { hasAnyWord } from "./keywords";
import { INCOMING_WORDS, OUTGOING_WORDS } from "./lexicon";
import type { Transaction } from "./list-grouping";

/** Direction from the words of a transaction's lines, or null when they say nothing. */
export function directionFromWords(text: string): Direction | null {
  if (hasAnyWord(text, INCOMING_WORDS)) return "in";
  if (hasAnyWord(text, OUTGOING_WORDS)) return "out";
  return null;
}

/** What a list means by a minus sign and by no sign at all. */
export interface SignConvention {
  minus: Direction;
  unsigned: Direction;
}

/**
 * The list's sign convention, from how often each form occurs. A `+` anywhere means `+` marks
 * money in and everything else is money out. Without `+`, the common form is the purchases: on
 * a card history most amounts are unsigned and a `-` marks a refund; on a bank statement most
 * carry `-` and the unsigned ones are deposits.
 */
export function signConvention(transactions: Transaction[]): SignConvention {
  const signs = transactions.map((t) => t.anchor.amount?.sign ?? null);
  const minus = signs.filter((s) => s === "-").length;
  const plus = signs.filter((s) => s === "+").length;
  const unsigned = signs.filter((s) => s === null).length;
  if (plus > 0 || minus === 0 || unsigned === 0) return { minus: "out", unsigned: "out" };
  return unsigned >= minus ? { minus: "in", unsigned: "out" } : { minus: "out", unsigned: "in" };
}

/**
 * The direction of every transaction, in order: its statement column, then a debit or credit
 * mark beside the amount, then a `+`, then words in its lines, then the list's sign convention.
 */
export function decideDirections(transactions: Transaction[]): Direction[] {
  const signs = signConvention(transactions);
  // A list that marks its debits (`150.00-`, `▲12,345`) and never a credit leaves the credits bare.
  const marks = transactions.map((t) => t.anchor.mark);
  const debitsMarked = marks.includes("out") && !marks.includes("in");
  const convention = debitsMarked ? { ...signs, unsigned: "in" as const } : signs;
  return transactions.map((t) => {
    if (t.anchor.column === "in") return "in";
    if (t.anchor.column === "out") return "out";
    if (t.anchor.mark) return t.anchor.mark;
    const sign = t.anchor.amount?.sign ?? null;
    if (sign === "+") return "in";
    const words = [t.anchor.row.text, ...t.attached.map((r) => r.row.text)].join(" ");
    const fromWords = directionFromWords(words);
    if (fromWords) return fromWords;
    return sign === "-" ? convention.minus : convention.unsigned;
  });
}
