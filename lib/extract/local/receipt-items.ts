/**
 * Line items of a receipt: the rows between the header (merchant, address, date) and the first
 * summary row (subtotal, tax, total), each with a description on the left and an amount on the
 * right. A quantity line (`2 x @150   300`) takes its description from the line above it.
 */
import type { LineItem } from "@/lib/extract/schema";
import { numberField, RULE_CONFIDENCE, stringField } from "./field";
import { makeRun, type Row, type Token } from "./layout";
import { collapseSpaces } from "./normalise-text";
import { type Page, type RowAmount, rowAmounts } from "./page";
import { findAmounts } from "./parse-amount";
import { findDates } from "./parse-date";
import { findTimes } from "./parse-time";
import { isSummaryRow, rowRole } from "./receipt-total";
import { isKnownLabel, isUiPhrase } from "./screen-text";

/** Quantity and unit-price marks (`2点`, `x2`, `×2`, `@150`, `2 x`) that are not a description. */
const QUANTITY = /(?:^|\s)(?:[x×*]\s?\d+|\d+\s?(?:点|個|コ|本|x|×|pcs?|items?)|@\s?[¥$]?\s?[\d,.]+|[x×@])(?=\s|$)/gi;

/** A line detailing the item above it (`2個 x 単128`, `2 @ $3.00`, `x2`), not an item itself. */
export const QUANTITY_LINE =
  /^(?:\d+\s?(?:個|点|コ|本|pcs?)|\d+\s?[x×@]|[x×@]\s?\d|(?:qty|quantity|menge|anzahl|qté|quantité|数量|個数|수량|數量)\s?[:：.]?\s?\d)/i;

/** The word for a quantity, as a line detailing an item starts with it (`Qty`, `数量`, `Menge`). */
const QUANTITY_WORD = /^(?:qty|quantity|menge|anzahl|qté|quantité|数量|個数|수량|數量)\s?[:：.]?/iu;

/**
 * A line that only details the item above it: a count, a unit price, a quantity word (`2 x @150`,
 * `Qty: 2`, `2 × $9.50  $19.00`). With words left after the count (`2x Cheeseburger  $11.98`,
 * `1 × Pad Thai`) the line names its own item.
 */
export function quantityOnlyLine(text: string): boolean {
  if (!QUANTITY_LINE.test(text.trim())) return false;
  let rest = text.trim().replace(QUANTITY_WORD, " ");
  for (const a of findAmounts(rest)
    .filter((x) => x.marked)
    .reverse())
    rest = rest.slice(0, a.start) + rest.slice(a.end);
  // A misread multiplication sign (`3 xX @ S$6.65`) is no word.
  return !/\p{L}{2,}/u.test(rest.replace(QUANTITY, " ").replace(/(?<!\p{L})[xX×]+(?!\p{L})/gu, " "));
}

/** A row's description: its words left of the amount, without prices, quantities and marks. */
function describeItem(row: Row, amount: RowAmount): { text: string; tokens: Token[] } {
  const left = amount.tokens[0]?.box.x0 ?? row.box.x1;
  const tokens = row.tokens.filter((t) => !amount.tokens.includes(t) && t.box.x1 <= left + 1);
  let text = makeRun(tokens).text;
  // Any price left in the description (a unit price) goes; bare numbers (a model number) stay.
  const prices = findAmounts(text).filter((a) => a.marked);
  for (const a of prices.reverse()) text = text.slice(0, a.start) + text.slice(a.end);
  text = collapseSpaces(text.replace(QUANTITY, " ").replace(/[※*]+/g, " "));
  return { text, tokens };
}

/** True when a row holds no amount but reads like an item's name (its price is on the next row). */
function isDescriptionOnly(row: Row): boolean {
  return (
    rowAmounts(row).every((a) => !a.marked) &&
    /\p{L}/u.test(row.text) &&
    !QUANTITY_LINE.test(row.text) &&
    !isUiPhrase(row.text) &&
    !isKnownLabel(row.text) &&
    findDates(row.text).length === 0 &&
    findTimes(row.text).length === 0
  );
}

/** The amount that prices an item row: the last one, at the right of a row with a label part. */
function itemAmount(row: Row): RowAmount | null {
  const amounts = rowAmounts(row);
  const last = amounts[amounts.length - 1];
  if (!last) return null;
  // An unmarked number is a price only when it stands apart, in a right-hand cell, and is not
  // as long as a registration or phone number.
  if (!last.marked && (last.cellIndex === 0 || last.value >= 1_000_000)) return null;
  return last;
}

/**
 * The item a priced row stands for. Its description is its own words, or, for a quantity line
 * or a bare price, the description-only line above it; without either it is no item.
 */
function itemOf(row: Row, amount: RowAmount, pending: Row | null): LineItem | null {
  const own = describeItem(row, amount);
  // A quantity line names its item when words are left after the count (`2x Cheeseburger`,
  // `1 × Pad Thai`); a count and a unit price alone (`2 x @150`, `Qty: 2`) price the line above.
  const ownNamed = QUANTITY_LINE.test(row.text) ? !quantityOnlyLine(row.text) : /\p{L}/u.test(own.text);
  if (!ownNamed && !pending) return null;
  const text = ownNamed ? own.text : collapseSpaces(pending?.text ?? "");
  const tokens = ownNamed ? own.tokens : (pending?.tokens ?? []);
  if (findDates(text).length > 0 || isUiPhrase(text)) return null;
  const rule = ownNamed ? RULE_CONFIDENCE.pattern : RULE_CONFIDENCE.position;
  return {
    description: stringField(text, tokens, rule),
    amount: numberField(amount.sign === "-" ? -amount.value : amount.value, amount.tokens, rule),
  };
}

/**
 * The items between the header and the first summary row. `headerRows` are the indexes of the
 * rows that belong to the header (the merchant's, the date's; -1 when not found); those below
 * the summary (a date printed at the bottom) do not count. No summary row means the page lists
 * no items (a payment screen), so none are returned.
 */
export function findItems(page: Page, headerRows: number[]): LineItem[] {
  const rows = page.rows;
  const summary = rows.findIndex(isSummaryRow);
  if (summary < 0) return [];
  const startRow = Math.max(-1, ...headerRows.filter((i) => i < summary));
  const items: LineItem[] = [];
  let pending: Row | null = null;
  for (const row of rows.slice(startRow + 1, summary)) {
    const amount = itemAmount(row);
    if (!amount) {
      // A quantity line between an item's name and its price (`Qty: 2`) keeps the name pending.
      if (!QUANTITY_LINE.test(row.text)) pending = isDescriptionOnly(row) ? row : null;
      continue;
    }
    const item =
      amount && rowRole(row).role === "none" && !isKnownLabel(row.text) ? itemOf(row, amount, pending) : null;
    if (item) items.push(item);
    pending = null;
  }
  return items;
}
