/**
 * The summary amounts of a printed receipt: total, subtotal, tax and rounding, each read from
 * the row its label names (see receipt-amount-labels.ts). The total is the heaviest-labelled
 * payable amount (a rounded or nett total over a plain one); ties go to the amount the cash and
 * change confirm, then to the lowest row (a final total follows the intermediate ones). Rows of
 * the tax breakdown printed under the total never give it.
 */
import { RULE_CONFIDENCE } from "./field";
import { type Row, tokensIn } from "./layout";
import { type Page, type RowAmount, rowAmounts } from "./page";
import { type AmountRole, classifyAmountLabel, TAX_SUMMARY_HEADER } from "./receipt-amount-labels";
import { labelPart, type TotalCandidate } from "./receipt-total";

/** One labelled amount of the receipt's summary. */
export interface SummaryAmount {
  role: AmountRole;
  weight: number;
  amount: RowAmount;
  /** The row the amount stands on. */
  row: Row;
  /** True when it stands inside the tax breakdown table under the total. */
  inTaxSummary: boolean;
}

/** The amount a label points at on its own row: the last one marked as money. */
function lastMarked(amounts: RowAmount[]): RowAmount | null {
  return amounts.filter((a) => a.marked).at(-1) ?? null;
}

/**
 * An amount whose decimals OCR set apart (`39. 80`, `RM 0. 00`: a thermal printer's wide point),
 * after a label: read whole, with the words it spans. Only summary rows get this reading.
 */
function splitDecimal(row: Row, from: number): RowAmount | null {
  const re = /(?<![\d.,])(\d{1,6})[.,] (\d{2})(?![\d.,])/g;
  re.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(row.text); m; m = re.exec(row.text)) last = m;
  if (!last) return null;
  const start = last.index;
  const end = start + last[0].length;
  const tokens = tokensIn(row, start, end);
  return {
    value: Number(`${last[1]}.${last[2]}`),
    currency: null,
    dollar: false,
    sign: null,
    start,
    end,
    text: last[0],
    marked: true,
    tokens,
    cellIndex: 0,
    cellStart: start,
    height: Math.max(0, ...tokens.map((t) => t.box.y1 - t.box.y0)),
  };
}

/** True for a row that is nothing but an amount (the value of a label stacked above it). */
function amountOnly(row: Row): RowAmount | null {
  const amounts = rowAmounts(row);
  if (/\p{L}{2}/u.test(labelPart(row, amounts))) return null;
  return lastMarked(amounts);
}

/**
 * The label of a summary row. A stray number OCR read before the label (`7 Total Payable:
 * 58.86`, a smudge or a quantity) would leave no label at all: the label then runs to the next
 * amount.
 */
function summaryLabel(row: Row, amounts: RowAmount[]): string {
  let from = 0;
  while (
    from < amounts.length - 1 &&
    !amounts[from]?.marked &&
    !/\p{L}{2}/u.test(labelPart(row, amounts.slice(from)))
  ) {
    from++;
  }
  return labelPart(row, amounts.slice(from));
}

/** Every labelled amount of the page, top to bottom. */
export function summaryAmounts(page: Page): SummaryAmount[] {
  const found: SummaryAmount[] = [];
  let inTaxSummary = false;
  page.rows.forEach((row, i) => {
    const amounts = rowAmounts(row);
    const label = summaryLabel(row, amounts);
    if (amounts.length === 0 && TAX_SUMMARY_HEADER.test(row.text)) inTaxSummary = true;
    const role = classifyAmountLabel(label);
    if (!role) return;
    const onRow = lastMarked(amounts) ?? splitDecimal(row, label.length);
    if (onRow) {
      found.push({ ...role, amount: onRow, row, inTaxSummary });
      return;
    }
    // A label alone on its row: the value is stacked under it.
    const next = page.rows[i + 1];
    const gap = next ? next.box.y0 - row.box.y1 : Number.POSITIVE_INFINITY;
    const below = next && gap <= Math.max(row.height, next.height) * 2.5 ? amountOnly(next) : null;
    if (next && below) found.push({ ...role, amount: below, row: next, inTaxSummary });
  });
  return found;
}

/** The largest rounding adjustment a till prints (half of the 5-sen or 10-cent step, with slack). */
const MAX_ROUNDING = 0.05;

/** Money equality to the cent. */
function sameMoney(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

/** The amount cash minus change confirms as paid, when both are printed. */
function paidByCash(amounts: SummaryAmount[]): number | null {
  const tendered = amounts.find((a) => a.role === "tendered");
  const change = amounts.find((a) => a.role === "change" && a.row.index > (tendered?.row.index ?? -1));
  if (!tendered || !change) return null;
  return tendered.amount.value - change.amount.value;
}

/**
 * The receipt's total from its labelled summary amounts, or null when no total label is printed
 * (a payment screen's unlabelled hero amount is left to receipt-total.ts's prominence rule).
 */
export function labelledTotal(page: Page, amounts: SummaryAmount[]): TotalCandidate | null {
  const before = amounts.filter((a) => a.role === "total" && !a.inTaxSummary);
  const totals = before.length > 0 ? before : amounts.filter((a) => a.role === "total");
  if (totals.length === 0) return null;
  const paid = paidByCash(amounts);
  const confirmed = (a: SummaryAmount) => (paid !== null && sameMoney(a.amount.value, paid) ? 1 : 0);
  const best = [...totals].sort(
    (a, b) => b.weight - a.weight || confirmed(b) - confirmed(a) || b.row.index - a.row.index,
  )[0];
  if (!best) return null;
  const rounded = roundedAmount(page, amounts, best);
  if (rounded) return { ...rounded, score: best.weight * 10, rule: RULE_CONFIDENCE.pattern };
  return { amount: best.amount, row: best.row, score: best.weight * 10, rule: RULE_CONFIDENCE.keyword };
}

/**
 * Without a total label, the amount that cash minus change says was paid, where it is printed
 * above the cash line (`SUBTOTAL 43.90`, `CASH 100.00`, `CHANGE 56.10`): a till prints the
 * amount due before the tender. Null when no cash and change are printed, or nothing matches.
 */
export function paidTotal(page: Page, amounts: SummaryAmount[]): TotalCandidate | null {
  const paid = paidByCash(amounts);
  const tendered = amounts.find((a) => a.role === "tendered");
  if (paid === null || paid <= 0 || !tendered) return null;
  for (const row of page.rows.slice(0, tendered.row.index).reverse()) {
    const amount = rowAmounts(row).find((a) => a.marked && sameMoney(a.value, paid));
    if (amount) return { amount, row, score: 50, rule: RULE_CONFIDENCE.pattern };
  }
  return null;
}

/**
 * Without a total label, a subtotal that the payment line repeats (`Subtotal : 102.00`, then
 * `Payment : 102.00`, no change printed) is the amount paid: small shops print no total line
 * when nothing is added to the subtotal. A subtotal the payment does not repeat may be followed
 * by shipping or a fee, and is not taken.
 */
export function subtotalAsTotal(amounts: SummaryAmount[]): TotalCandidate | null {
  const subtotal = firstOfRole(amounts, "subtotal");
  if (!subtotal) return null;
  const repeated = amounts.some(
    (a) =>
      a.role === "tendered" && a.row.index > subtotal.row.index && sameMoney(a.amount.value, subtotal.amount.value),
  );
  if (!repeated) return null;
  return { amount: subtotal.amount, row: subtotal.row, score: 40, rule: RULE_CONFIDENCE.pattern };
}

/**
 * The rounded total when a rounding adjustment follows the chosen total: the amount printed
 * below the adjustment that equals the total plus it (`60.31`, `-0.01`, then an unlabelled
 * `60.30`). An unsigned adjustment may go either way.
 */
function roundedAmount(
  page: Page,
  amounts: SummaryAmount[],
  total: SummaryAmount,
): { amount: RowAmount; row: Row } | null {
  const rounding = amounts.find(
    (a) => a.role === "rounding" && a.row.index >= total.row.index && !sameMoney(a.amount.value, 0),
  );
  if (!rounding) return null;
  // A "rounding" line whose amount is the total to within the 5-sen step is the rounded total.
  if (rounding.amount.value > 1 && Math.abs(rounding.amount.value - total.amount.value) <= MAX_ROUNDING) {
    return { amount: rounding.amount, row: rounding.row };
  }
  const adjustment = signedValue(rounding.amount);
  const targets =
    rounding.amount.sign === null
      ? [total.amount.value + adjustment, total.amount.value - adjustment]
      : [total.amount.value + adjustment];
  for (const row of page.rows.slice(rounding.row.index)) {
    const amount = rowAmounts(row).find((a) => a.marked && targets.some((t) => sameMoney(a.value, t)));
    if (amount) return { amount, row };
  }
  // The adjustment read, the rounded total not: the total plus an adjustment that lands it on
  // the coin step is what was paid (`31.47`, `Rounding -0.02`: 31.45).
  const landed = targets.find((t) => Math.abs(adjustment) < ROUNDING_STEP && onStep(t));
  return landed === undefined ? null : { amount: { ...total.amount, value: round2(landed) }, row: total.row };
}

/** The smallest coin of the countries whose tills print a rounding line (5 sen, 5 cents). */
const ROUNDING_STEP = 0.05;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** True for an amount on the coin step (`23.25`, not `23.26`). */
function onStep(value: number): boolean {
  const cents = Math.round(value * 100);
  return cents % Math.round(ROUNDING_STEP * 100) === 0;
}

/** A rounding line, whatever OCR made of its amount (`Rounding Adjustment: rat`). */
const ROUNDING_LINE = /\bround(?:ing|ed)?\b(?!\s*(?:up|trip))/i;

/**
 * The total paid when a rounding line follows the total but neither its adjustment nor the
 * rounded total could be read: a till that prints a rounding line rounds the total to its
 * smallest coin, so a total off the step (`87.08`) was paid as the nearest step (`87.10`).
 * The value is computed, not read; the words it stands on are the unrounded total's.
 */
export function roundedByStep(page: Page, total: TotalCandidate): TotalCandidate | null {
  if (onStep(total.amount.value) || total.amount.value <= 0) return null;
  const below = page.rows.slice(total.row.index + 1, total.row.index + 1 + ROUNDING_LINE_REACH);
  if (!below.some((row) => ROUNDING_LINE.test(row.text))) return null;
  const value = round2(Math.round(total.amount.value / ROUNDING_STEP) * ROUNDING_STEP);
  return { ...total, amount: { ...total.amount, value }, rule: RULE_CONFIDENCE.guess };
}

/** How many rows under the total a rounding line may stand. */
const ROUNDING_LINE_REACH = 3;

/** The first amount of a role outside the tax breakdown (the breakdown repeats them). */
export function firstOfRole(amounts: SummaryAmount[], role: AmountRole): SummaryAmount | null {
  return amounts.find((a) => a.role === role && !a.inTaxSummary) ?? null;
}

/** The signed rounding adjustment (`-0.01`, `0.02`). */
export function signedValue(amount: RowAmount): number {
  return amount.sign === "-" ? -amount.value : amount.value;
}
