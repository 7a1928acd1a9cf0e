/**
 * The receipt extractor: total, currency, date, time, merchant, payment method, reference and
 * items of a single payment, from a page of rows.
 */
import type { Receipt, StringField } from "@/lib/extract/schema";
import type { Box } from "@/lib/ocr/types";
import { inferredField, missingField, numberField, stringField } from "./field";
import { dominantCurrency, languageCurrency, type Page, rowAmounts } from "./page";
import { findDateTime } from "./receipt-datetime";
import { findItems } from "./receipt-items";
import { findMerchant } from "./receipt-merchant";
import { findPaymentMethod } from "./receipt-payment";
import { findReference } from "./receipt-reference";
import { findTotal, type TotalCandidate } from "./receipt-total";

/**
 * The currency: the one written on the total, else the one most amounts on the page carry,
 * else the page language's (yen for Japanese), marked as inferred.
 */
function findCurrency(page: Page, total: TotalCandidate | null): StringField {
  if (total?.amount.currency) {
    return stringField(total.amount.currency, total.amount.tokens, total.rule);
  }
  const dominant = dominantCurrency(page.rows.flatMap(rowAmounts));
  if (dominant) return stringField(dominant.code, dominant.amount.tokens, 0.7);
  return inferredField(languageCurrency(page), page.japanese ? 0.6 : 0.3);
}

/** The index of the row a field's box lies in, or -1 when the field was not read. */
function rowIndexOf(page: Page, box: Box | null): number {
  if (!box) return -1;
  return page.rows.findIndex((r) => r.box.y0 <= box.y0 && r.box.y1 >= box.y1);
}

/** Extracts a receipt from an analysed page. Fields it cannot find are missing, not guessed. */
export function extractReceipt(page: Page): Receipt {
  const total = findTotal(page);
  const merchant = findMerchant(page, total?.row.index ?? null);
  const { date, time } = findDateTime(page);
  // Items start after the header, whose last rows are the merchant's and the date's.
  const headerRows = [rowIndexOf(page, merchant.box), rowIndexOf(page, date.box)];
  return {
    kind: "receipt",
    merchant,
    address: missingField(),
    date,
    time,
    subtotal: missingField(),
    tax: missingField(),
    rounding: missingField(),
    total: total ? numberField(total.amount.value, total.amount.tokens, total.rule) : numberField(null, [], 0),
    currency: findCurrency(page, total),
    paymentMethod: findPaymentMethod(page),
    reference: findReference(page),
    items: findItems(page, headerRows),
  };
}
