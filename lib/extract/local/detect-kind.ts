/**
 * Receipt or transaction list? A list repeats the same shape: many rows each holding an amount,
 * several holding dates, often signed amounts and a list title. A receipt has one payment: a
 * total label, a payment method, a reference, subtotal/tax/change rows and a single date.
 */
import type { DocumentKind } from "@/lib/extract/schema";
import { hasAnyWord } from "./keywords";
import type { Row } from "./layout";
import {
  DATE_LABELS,
  LIST_WORDS,
  MERCHANT_LABELS,
  PAYMENT_METHOD_LABELS,
  RECEIPT_WORDS,
  REFERENCE_LABELS,
  SUCCESS_WORDS,
  TOTAL_LABELS,
} from "./lexicon";
import { type Page, rowAmounts, rowDates } from "./page";
import { findMonthHeader } from "./parse-date";

const STRONG_TOTAL_LABELS = TOTAL_LABELS.filter(([, strength]) => strength >= 4).map(([word]) => word);

/** Labels of a single payment's detail rows (`Date | Oct 3, 2026`, `Refunded to | PayPal`). */
const DETAIL_LABELS = [...DATE_LABELS, ...REFERENCE_LABELS, ...PAYMENT_METHOD_LABELS, ...MERCHANT_LABELS];

/**
 * A detail row: a label cell on the left that is one of the detail labels (and little else),
 * and its value in a cell to the right. Payment and refund details are made of these; lists
 * are not.
 */
function isDetailRow(row: Row): boolean {
  const [label, value] = row.cells;
  if (!label || !value) return false;
  const text = label.text.replace(/[:：#]/g, " ").trim();
  return text.length <= 24 && hasAnyWord(text, DETAIL_LABELS);
}

/** The evidence counted for each kind; exported so tests and debugging can see why. */
export interface KindEvidence {
  amountRows: number;
  dateRows: number;
  signedRows: number;
  /** Label-and-value rows of a payment's details. */
  detailRows: number;
  listScore: number;
  receiptScore: number;
}

/** Counts the evidence for each kind on a page. */
export function kindEvidence(page: Page): KindEvidence {
  let amountRows = 0;
  let dateRows = 0;
  let signedRows = 0;
  let strongTotal = false;
  let receiptWords = 0;
  let detailRows = 0;
  for (const row of page.rows) {
    if (isDetailRow(row)) detailRows++;
    const amounts = rowAmounts(row).filter((a) => a.marked);
    const dates = rowDates(row, page.dateContext);
    if (amounts.length > 0) amountRows++;
    if (dates.length > 0 && !findMonthHeader(row.text)) dateRows++;
    if (amounts.some((a) => a.sign !== null)) signedRows++;
    if (amounts.length > 0 && hasAnyWord(row.text, STRONG_TOTAL_LABELS)) strongTotal = true;
    if (hasAnyWord(row.text, RECEIPT_WORDS)) receiptWords++;
  }
  const listTitle = hasAnyWord(page.text, LIST_WORDS);
  const successMessage = hasAnyWord(page.text, SUCCESS_WORDS);
  const listScore =
    (dateRows >= 3 ? 2 : dateRows >= 2 ? 1 : 0) +
    (amountRows >= 4 ? 2 : amountRows >= 3 ? 1 : 0) +
    (signedRows >= 2 ? 1 : 0) +
    (listTitle ? 1 : 0);
  const receiptScore =
    (strongTotal ? 2 : 0) +
    Math.min(receiptWords, 3) +
    (successMessage ? 1 : 0) +
    (dateRows <= 1 ? 1 : 0) +
    Math.min(detailRows, 3);
  return { amountRows, dateRows, signedRows, detailRows, listScore, receiptScore };
}

/** Decides the kind of a page. Ties go to the receipt, the app's main use. */
export function detectKind(page: Page): DocumentKind {
  const e = kindEvidence(page);
  return e.amountRows >= 2 && e.listScore > e.receiptScore ? "transaction_list" : "receipt";
}
