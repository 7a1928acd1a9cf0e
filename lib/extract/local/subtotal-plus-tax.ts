/**
 * A total that is not labelled but adds up: a receipt that prints its amount before tax
 * (`Total (Excluding GST): 8.96`) and the tax (`GST payable: 0.54`) but no payable total, or whose
 * payable total OCR lost, still prints the sum somewhere (the item's price, the tax table's
 * total column, the tendered amount). The sum is taken only when an amount on the page confirms
 * it, so an unprinted sum is never invented.
 */
import { RULE_CONFIDENCE } from "./field";
import type { Page } from "./page";
import { rowAmounts } from "./page";
import { firstOfRole, type SummaryAmount } from "./receipt-amounts";
import type { TotalCandidate } from "./receipt-total";

/** The amount before tax plus the tax, where another amount on the page equals it; else null. */
export function subtotalPlusTax(page: Page, amounts: SummaryAmount[]): TotalCandidate | null {
  const subtotal = firstOfRole(amounts, "subtotal");
  const tax = firstOfRole(amounts, "tax");
  if (!subtotal || !tax || tax.amount.value <= 0 || subtotal.amount.value <= 0) return null;
  const sum = Math.round((subtotal.amount.value + tax.amount.value) * 100) / 100;
  for (const row of page.rows) {
    if (row === subtotal.row || row === tax.row) continue;
    const amount = rowAmounts(row).find((a) => a.marked && Math.abs(a.value - sum) < 0.005);
    if (amount) return { amount, row, score: 30, rule: RULE_CONFIDENCE.guess };
  }
  return null;
}
