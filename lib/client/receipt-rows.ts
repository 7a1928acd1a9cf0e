import {
  optionalReceiptFieldNames,
  type ReceiptFieldName,
  receiptFieldNames,
  receiptHeadFieldNames,
} from "@/lib/client/field-boxes";
import type { Review } from "@/lib/client/review";
import type { Receipt } from "@/lib/extract/schema";

/** The rows of a receipt's card: those above its line items and those below them. */
export interface ReceiptRows {
  head: ReceiptFieldName[];
  tail: ReceiptFieldName[];
}

/**
 * Which receipt fields the card shows, in the receipt's order. The address, subtotal, tax and
 * rounding only when they were read or a person corrected them (a payment app's screen has
 * none of them); the others always, "not found" included, so a missing total is seen.
 */
export function receiptRows(receipt: Receipt, review?: Pick<Review, "original" | "correction">): ReceiptRows {
  const shown = (name: ReceiptFieldName) =>
    !optionalReceiptFieldNames.has(name) ||
    receipt[name].value !== null ||
    review?.correction(name) !== undefined ||
    (review?.original(name)?.value ?? null) !== null;
  const head = new Set<ReceiptFieldName>(receiptHeadFieldNames);
  const names = receiptFieldNames.filter(shown);
  return { head: names.filter((name) => head.has(name)), tail: names.filter((name) => !head.has(name)) };
}
