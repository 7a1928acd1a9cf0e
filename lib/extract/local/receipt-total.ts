/**
 * The total of a receipt: the amount next to the strongest "total" label (合計, お支払い金額,
 * Amount paid), else the most prominent amount on the page. Rows of subtotals, tax, change,
 * cash tendered, balances, discounts and points never give the total.
 */

import { RULE_CONFIDENCE } from "./field";
import { findWord, hasAnyWord } from "./keywords";
import type { Row } from "./layout";
import { NOT_TOTAL_WORDS, TAX_INCLUDED, TOTAL_LABELS } from "./lexicon";
import { type Page, type RowAmount, rowAmounts } from "./page";
import { classifyAmountLabel } from "./receipt-amount-labels";

/** What a row says about the total. */
export type RowRole = "total" | "excluded" | "none";

/** A total candidate with the rule that found it. */
export interface TotalCandidate {
  amount: RowAmount;
  row: Row;
  /** Label strength × placement: higher wins. */
  score: number;
  rule: number;
}

/** Where the earliest word of a list occurs in a text. */
function earliest(text: string, words: readonly string[]): { start: number; length: number; word: string } | null {
  let best: { start: number; length: number; word: string } | null = null;
  for (const word of words) {
    const at = findWord(text, word);
    if (!at) continue;
    const length = at.end - at.start;
    if (!best || at.start < best.start || (at.start === best.start && length > best.length)) {
      best = { start: at.start, length, word };
    }
  }
  return best;
}

/**
 * Classifies the label part of a row (the text before its amount). Whichever comes first, a
 * total label or an excluded word, decides: `小計` is excluded, `合計(税込)` is a total because
 * "tax included" phrases are removed before looking for tax.
 */
export function classifyLabel(labelText: string): { role: RowRole; strength: number; end: number } {
  // Keep offsets: blank out the tax-included phrases instead of deleting them.
  const text = labelText.replace(TAX_INCLUDED, (m) => " ".repeat(m.length));
  const total = earliest(
    text,
    TOTAL_LABELS.map(([w]) => w),
  );
  const excluded = earliest(text, NOT_TOTAL_WORDS);
  if (excluded && (!total || excluded.start <= total.start)) {
    return { role: "excluded", strength: 0, end: excluded.start + excluded.length };
  }
  if (total) {
    const strength = TOTAL_LABELS.find(([w]) => w === total.word)?.[1] ?? 1;
    return { role: "total", strength, end: total.start + total.length };
  }
  return { role: "none", strength: 0, end: 0 };
}

/** The label text of a row: everything before its first amount (the whole row if none). */
export function labelPart(row: Row, amounts: RowAmount[]): string {
  const first = amounts[0];
  if (!first) return row.text;
  const cellsBefore = row.cells.slice(0, first.cellIndex).map((c) => c.text);
  const cell = row.cells[first.cellIndex];
  return [...cellsBefore, cell ? cell.text.slice(0, first.cellStart) : ""].join(" ");
}

/** The role of a whole row for the total (and for item detection). */
export function rowRole(row: Row): { role: RowRole; strength: number } {
  return classifyLabel(labelPart(row, rowAmounts(row)));
}

/** The amount a total label points at on its own row: the last marked one, else the last. */
function amountOnRow(amounts: RowAmount[]): RowAmount | null {
  const marked = amounts.filter((a) => a.marked);
  return marked[marked.length - 1] ?? null;
}

/** The tallest marked amount of a row (a stacked value is shown big). */
function prominentAmount(row: Row): RowAmount | null {
  const amounts = rowAmounts(row).filter((a) => a.marked);
  return amounts.sort((a, b) => b.height - a.height)[0] ?? null;
}

/** A neighbour row holds the value of a label above/below it when it is close and not a label. */
function neighbourAmount(rows: Row[], row: Row, offset: 1 | -1): { row: Row; amount: RowAmount } | null {
  const other = rows[row.index + offset];
  if (!other) return null;
  const gap = offset === 1 ? other.box.y0 - row.box.y1 : row.box.y0 - other.box.y1;
  if (gap > Math.max(row.height, other.height) * 2.5) return null;
  const amounts = rowAmounts(other);
  // Only a row that is nothing but the amount is a stacked value; a row with its own label is not.
  if (classifyLabel(labelPart(other, amounts)).role !== "none") return null;
  if (/\p{L}{2}/u.test(labelPart(other, amounts))) return null;
  const amount = prominentAmount(other);
  return amount ? { row: other, amount } : null;
}

/** Every labelled total candidate of the page. */
export function totalCandidates(page: Page): TotalCandidate[] {
  const found: TotalCandidate[] = [];
  for (const row of page.rows) {
    const amounts = rowAmounts(row);
    const label = classifyLabel(labelPart(row, amounts));
    if (label.role !== "total") continue;
    const onRow = amountOnRow(amounts);
    if (onRow) {
      found.push({ amount: onRow, row, score: label.strength * 10 + 3, rule: RULE_CONFIDENCE.keyword });
      continue;
    }
    // A label with nothing else on its row: the value is stacked under it (or, less often, above).
    // ...unless the row goes on with words of its own (`Total items 3`): then it is no label.
    if (/\p{L}{3}/u.test(row.text.slice(label.end).replace(TAX_INCLUDED, ""))) continue;
    const below = neighbourAmount(page.rows, row, 1);
    if (below) {
      found.push({
        amount: below.amount,
        row: below.row,
        score: label.strength * 10 + 2,
        rule: RULE_CONFIDENCE.labelBelow,
      });
      continue;
    }
    const above = neighbourAmount(page.rows, row, -1);
    if (above) {
      found.push({
        amount: above.amount,
        row: above.row,
        score: label.strength * 10 + 1,
        rule: RULE_CONFIDENCE.pattern,
      });
    }
  }
  return found;
}

/**
 * The most prominent marked amount on the page outside excluded rows: the fallback for payment
 * screens that show the paid amount big and unlabelled. Of equally big amounts the largest
 * wins. An amount that towers over all others is trusted more than one that barely leads.
 */
export function prominentTotal(page: Page): TotalCandidate | null {
  const candidates = page.rows.flatMap((row) => {
    const amounts = rowAmounts(row);
    if (classifyLabel(labelPart(row, amounts)).role === "excluded") return [];
    // A promotion, a balance or a payment line is never the hero amount, however big its type.
    const role = classifyAmountLabel(row.text)?.role;
    if (role !== undefined && role !== "total") return [];
    return amounts.filter((a) => a.marked).map((amount) => ({ amount, row }));
  });
  candidates.sort((a, b) => compareHeight(b.amount.height, a.amount.height) || b.amount.value - a.amount.value);
  const [best, second] = candidates;
  if (!best) return null;
  const towering = !second || best.amount.height >= second.amount.height * 1.5;
  return { ...best, score: 0, rule: towering ? RULE_CONFIDENCE.pattern : RULE_CONFIDENCE.position };
}

/** Compares font heights, treating sizes within 10% as equal (OCR boxes jitter). */
function compareHeight(a: number, b: number): number {
  return Math.abs(a - b) <= Math.max(a, b) * 0.1 ? 0 : a - b;
}

/**
 * The receipt's total: the best labelled candidate (strongest label, then biggest font, then
 * the lowest on the page, since a final total follows the intermediate ones), else the most
 * prominent amount.
 */
export function findTotal(page: Page): TotalCandidate | null {
  const candidates = totalCandidates(page);
  candidates.sort(
    (a, b) => b.score - a.score || compareHeight(b.amount.height, a.amount.height) || b.row.index - a.row.index,
  );
  return candidates[0] ?? prominentTotal(page);
}
/** Words of a receipt's summary rows: totals and what is never the total. */
const SUMMARY_WORDS = [...NOT_TOTAL_WORDS, ...TOTAL_LABELS.map(([w]) => w)];

/** True when the row belongs to the summary of a receipt (subtotal, tax, total, change...). */
export function isSummaryRow(row: Row): boolean {
  return rowAmounts(row).length > 0 && hasAnyWord(row.text, SUMMARY_WORDS);
}
