/**
 * The receipt extractor: total, currency, date, time, merchant, payment method, reference and
 * items of a single payment, from a page of rows.
 */
import type { NumberField, Receipt, StringField } from "@/lib/extract/schema";
import type { Box } from "@/lib/ocr/types";
import { missingField, numberField, RULE_CONFIDENCE } from "./field";
import { type Page, rowAmounts } from "./page";
import { currencyField } from "./page-currency";
import { findAddress, findCompany } from "./receipt-address";
import {
  firstOfRole,
  labelledTotal,
  paidTotal,
  roundedByStep,
  type SummaryAmount,
  signedValue,
  subtotalAsTotal,
  summaryAmounts,
} from "./receipt-amounts";
import { findDateTime } from "./receipt-datetime";
import { findItems } from "./receipt-items";
import { findMerchant } from "./receipt-merchant";
import { findPaymentMethod } from "./receipt-payment";
import { findReference } from "./receipt-reference";
import { findTotal, prominentTotal, type TotalCandidate } from "./receipt-total";
import { subtotalPlusTax } from "./subtotal-plus-tax";

/** The currency: the one written on the total, else the page's (lib/extract/local/page-currency.ts). */
function findCurrency(page: Page, total: TotalCandidate | null): StringField {
  return currencyField(page, page.rows.flatMap(rowAmounts), total?.amount);
}

/** The index of the row a field's box lies in, or -1 when the field was not read. */
function rowIndexOf(page: Page, box: Box | null): number {
  if (!box) return -1;
  return page.rows.findIndex((r) => r.box.y0 <= box.y0 && r.box.y1 >= box.y1);
}

/** The index of the last row a multi-row field's box reaches, or -1. */
function lastRowIndexOf(page: Page, box: Box | null): number {
  if (!box) return -1;
  return page.rows.reduce((last, r) => (r.box.y0 >= box.y0 && r.box.y1 <= box.y1 ? r.index : last), -1);
}

/** A summary amount (subtotal, tax, rounding) as a number field, signed, or missing. */
function summaryField(amount: SummaryAmount | null): NumberField {
  if (!amount) return missingField();
  return numberField(signedValue(amount.amount), amount.amount.tokens, RULE_CONFIDENCE.keyword);
}

/**
 * Labels naming who sold an order (`Sold by: Anker Direct`, `판매자`): the seller's address is
 * printed under the line, apart from the buyer's shipping address.
 */
const SELLER_LABEL =
  /^(?:sold by|seller|merchant|verkauft von|verkäufer|verkaufer|vendu par|vendeur|販売者|販売元|出品者|판매자|판매처|賣家|卖家|商家)\s*[:：]?/iu;

/** The row naming the seller, or null. */
function sellerRow(page: Page): Page["rows"][number] | null {
  return page.rows.find((row) => SELLER_LABEL.test(row.text.trim())) ?? null;
}

/** A label this weak (`Amount`, `Betrag`, `金額`) names an amount, not which one was paid. */
const WEAK_TOTAL_SCORE = 20;

/**
 * The hero amount over a weakly labelled one: a payment or refund screen prints what it is
 * about big at the top (`+15,46 €` under `Refund issued`), and may list another payment's
 * amount lower down under a plain `Amount` (`Original payment … Amount 61,82 €`). A hero that
 * towers over every other amount and stands above the labelled one wins; otherwise null.
 */
function heroOverWeakLabel(page: Page, labelled: TotalCandidate): TotalCandidate | null {
  if (labelled.score > WEAK_TOTAL_SCORE) return null;
  const hero = prominentTotal(page);
  if (!hero || hero.rule !== RULE_CONFIDENCE.pattern || hero.row.index >= labelled.row.index) return null;
  return Math.abs(hero.amount.value - labelled.amount.value) >= 0.005 ? hero : null;
}

/** Extracts a receipt from an analysed page. Fields it cannot find are missing, not guessed. */
export function extractReceipt(page: Page): Receipt {
  const summary = summaryAmounts(page);
  const labelled = labelledTotal(page, summary);
  const read =
    (labelled && heroOverWeakLabel(page, labelled)) ??
    labelled ??
    paidTotal(page, summary) ??
    subtotalAsTotal(summary) ??
    subtotalPlusTax(page, summary) ??
    findTotal(page);
  const total = read ? (roundedByStep(page, read) ?? read) : null;
  // A printed receipt names its company with a legal form; a payment screen is read by position.
  const company = findCompany(page);
  const merchant = company?.field ?? findMerchant(page, total?.row.index ?? null);
  const merchantRow = company?.lastRow ?? page.rows[rowIndexOf(page, merchant.box)] ?? null;
  const byMerchant = findAddress(page, merchantRow);
  const address = byMerchant.value === null ? findAddress(page, sellerRow(page), 1) : byMerchant;
  const { date, time } = findDateTime(page);
  // Items start after the header, whose last rows are the merchant's, the address's and the date's.
  // A seller's address under the items (`Sold by: …`) is not part of the header.
  const headerRows = [merchantRow?.index ?? -1, lastRowIndexOf(page, byMerchant.box), rowIndexOf(page, date.box)];
  return {
    kind: "receipt",
    merchant,
    address,
    date,
    time,
    subtotal: summaryField(firstOfRole(summary, "subtotal")),
    tax: summaryField(firstOfRole(summary, "tax")),
    rounding: summaryField(firstOfRole(summary, "rounding")),
    total: total ? numberField(total.amount.value, total.amount.tokens, total.rule) : numberField(null, [], 0),
    currency: findCurrency(page, total),
    paymentMethod: findPaymentMethod(page),
    reference: findReference(page),
    items: findItems(page, headerRows),
  };
}
