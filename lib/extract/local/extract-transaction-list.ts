/**
 * The transaction-list extractor: classifies the rows of a list page, groups them into
 * transactions, and reads each transaction's date, description, amount and direction.
 */
import type { StringField, TransactionList, TransactionRow } from "@/lib/extract/schema";
import { repairDate } from "./date-repair";
import { missingField, numberField, RULE_CONFIDENCE, stringField } from "./field";
import { hasAnyWord } from "./keywords";
import { BALANCE_WORDS, LIST_WORDS } from "./lexicon";
import { findTableHeader } from "./list-columns";
import { continuationOf, continuesAbove } from "./list-continuation";
import { decideDirections } from "./list-direction";
import { groupTransactions, type Transaction } from "./list-grouping";
import { withoutOversizedNumbers } from "./list-oversized";
import { payeeOf } from "./list-payee";
import { classifyListRows, type ListRow } from "./list-rows";
import { findRunningBalances } from "./list-running-balance";
import { type Page, type RowAmount, rowTimes } from "./page";
import { currencyField } from "./page-currency";

/** The transaction's date: its own row's, else a sub-line's, else its group header's. */
function transactionDate(t: Transaction): StringField {
  const own = t.anchor.dates[0];
  if (own)
    return stringField(own.iso, own.tokens, own.yearInferred ? RULE_CONFIDENCE.keyword : RULE_CONFIDENCE.labelled);
  const sub = t.attached.flatMap((r) => r.dates)[0];
  if (sub) return stringField(sub.iso, sub.tokens, RULE_CONFIDENCE.pattern);
  if (t.groupDate) return stringField(t.groupDate.iso, t.groupDate.tokens, RULE_CONFIDENCE.position);
  return missingField();
}

/**
 * Fills the dates of rows whose date token OCR garbled (`10/144`) with the one reading that
 * fits between their neighbours' dates.
 */
function repairDates(transactions: Transaction[], dates: StringField[]): StringField[] {
  return dates.map((date, i) => {
    const garbled = transactions[i]?.anchor.garbled;
    if (date.value !== null || !garbled) return date;
    const before =
      dates
        .slice(0, i)
        .reverse()
        .find((d) => d.value !== null)?.value ?? null;
    const after = dates.slice(i + 1).find((d) => d.value !== null)?.value ?? null;
    const iso = repairDate(garbled, before, after);
    return iso ? stringField(iso, [garbled.token], RULE_CONFIDENCE.guess) : date;
  });
}

/** Words of a row that can name a payee: two letters, or one CJK character. */
function hasWords(r: ListRow): boolean {
  return /\p{L}{2}|[\u3040-\u9fff\uac00-\ud7af]/u.test(r.description.text);
}

/** A section title or a balance line standing next to a transaction is not its description. */
function isFurniture(r: ListRow): boolean {
  return hasAnyWord(r.description.text, BALANCE_WORDS) || hasAnyWord(r.description.text, LIST_WORDS);
}

/**
 * The transaction's description: of its own row and the lines attached to it, the topmost, as
 * apps print the payee first and its category, date or card under it (`REWE` over
 * `Lebensmittel 94,65 €`, where the amount stands on the second line). Section titles and
 * balances never describe it. (Word heights were tried first: tesseract's boxes vary too much
 * with ascenders and avatars to tell a title from its sub-line.)
 */
function transactionDescription(t: Transaction, repeated: ReadonlySet<string>, inTable: boolean): StringField {
  // A line above counts only when it is tight against the row (the same card), not a heading.
  const tight = (r: ListRow) => t.anchor.row.box.y0 - r.row.box.y1 <= t.anchor.row.height * 0.8;
  // An attached line with a date of its own is meta (`Chase · 7m ago`), not the payee.
  const meta = (r: ListRow) => r !== t.anchor && r.dates.length > 0;
  const candidates = [t.anchor, ...t.attached].filter((r) => hasWords(r) && !isFurniture(r) && tight(r) && !meta(r));
  const topmost = candidates.reduce<ListRow | undefined>(
    (best, r) => (!best || r.row.box.y0 < best.row.box.y0 ? r : best),
    undefined,
  );
  // A notification list heads every row with the app's name (`REVOLUT`, then `Vous avez payé
  // 8,48 € chez Sephora`): a line that heads every row names the sender, and the payee of the
  // sentence under it describes the row.
  const sentence = candidates.find((r) => r !== topmost && payeeOf(r.description.text) !== r.description.text);
  const top = topmost && repeated.has(topmost.description.text) && sentence ? sentence : topmost;
  if (!top) return missingField();
  const confidence = top === t.anchor ? RULE_CONFIDENCE.pattern : RULE_CONFIDENCE.position;
  if (wrapsOnto(top, t.anchor) || continuesAbove(top, t.anchor)) {
    const tokens = [...top.description.tokens, ...t.anchor.description.tokens];
    return stringField(`${top.description.text} ${t.anchor.description.text}`, tokens, RULE_CONFIDENCE.position);
  }
  const rest = top === t.anchor ? continuationOf(t.anchor, t.attached, inTable) : null;
  if (rest) {
    const tokens = [...top.description.tokens, ...rest.description.tokens];
    return stringField(`${top.description.text} ${rest.description.text}`, tokens, RULE_CONFIDENCE.position);
  }
  const payee = payeeOf(top.description.text);
  if (payee === top.description.text) return stringField(payee, top.description.tokens, confidence);
  // The payee's own words give its box; where OCR ran it into one word, the line's.
  const words = top.description.tokens.filter((token) => payee.includes(token.text));
  return stringField(payee, words.length > 0 ? words : top.description.tokens, confidence);
}

/** A list this long shows a heading repeated on every row as such, not by chance. */
const MIN_ROWS_FOR_REPEATED_HEADING = 3;

/**
 * The text of a line standing above the anchor of every transaction, identical each time
 * (a notification's app name), or none. The line right above counts too when the grouping
 * took it for a date header (`玉山銀行  10分鐘前`): the heading with its time is still the
 * app's name, and the one whose time OCR lost must be known as such.
 */
function headingOfEveryRow(transactions: Transaction[], rows: ListRow[]): ReadonlySet<string> {
  if (transactions.length < MIN_ROWS_FOR_REPEATED_HEADING) return new Set();
  const live = rows.filter((r) => r.kind !== "noise");
  const lineAbove = (t: Transaction) => live[live.indexOf(t.anchor) - 1];
  const above = (t: Transaction) =>
    new Set(
      [...t.attached.filter((r) => r.row.box.y1 <= t.anchor.row.box.y0), lineAbove(t)]
        .filter((r): r is ListRow => r !== undefined)
        .map((r) => r.description.text),
    );
  const [first, ...rest] = transactions.map(above);
  return new Set([...(first ?? [])].filter((text) => rest.every((texts) => texts.has(text))));
}

/**
 * True when a name wrapped from the line above onto the amount's line (`Received from Siti`
 * over `Rahmah  +RM 4,515.80`): the rest is one or two capitalised words in the same type as
 * the line above, right under it. A category under a payee (`REWE` over `Lebensmittel`) is set
 * smaller, or is a word of its own.
 */
function wrapsOnto(upper: ListRow, anchor: ListRow): boolean {
  if (upper === anchor || upper.row.index !== anchor.row.index - 1) return false;
  const rest = anchor.description.text;
  const words = rest.split(/\s+/);
  if (words.length > 2 || !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(rest)) return false;
  // The line above reads as a sentence cut short (`Received from Siti`): three words or more.
  if (upper.description.text.split(/\s+/).length < 3) return false;
  return Math.abs(upper.row.height - anchor.row.height) <= Math.max(upper.row.height, anchor.row.height) * 0.1;
}

/** The list's currency: the one most amounts carry, else the page's (page-currency.ts). */
function listCurrency(page: Page, amounts: RowAmount[]): StringField {
  return currencyField(page, amounts);
}

/**
 * Drops the account's summary above a dated list: where the list heads its groups with dates,
 * an amount above the first of them that no date is given to is a balance, a credit line or an
 * available amount (`Guthaben 721,43 €`, `Verfügbarer Rahmen`), never a transaction.
 */
function withoutAccountSummary(transactions: Transaction[], rows: ListRow[]): Transaction[] {
  // A date with a time (`8월 28일 · 20:11`) is a transaction's own line, not a group's header.
  const firstHeader = rows.find((r) => r.kind === "month" || (r.kind === "date" && rowTimes(r.row).length === 0));
  if (!firstHeader) return transactions;
  const top = firstHeader.row.box.y0;
  return transactions.filter(
    (t) =>
      t.anchor.row.box.y0 > top ||
      t.anchor.dates.length > 0 ||
      t.groupDate !== null ||
      t.attached.some((r) => r.dates.length > 0),
  );
}

/** Anchors above a list's title that it takes for the account's summary, at most. */
const MAX_SUMMARY_ANCHORS = 2;

/** The list's title (`Recent activity`, `Transactions`): a line of its own naming the list. */
function isListTitle(r: ListRow): boolean {
  const text = r.description.text;
  return r.kind === "text" && r.row.cells.length === 1 && text.split(/\s+/).length <= 3 && hasAnyWord(text, LIST_WORDS);
}

/**
 * Drops the account's summary above the list's title: a wallet or account home shows its
 * balance (`Cash App  $785.18`) and then `History` over the transactions. An amount above the
 * title is never one of them. A title with no transactions under it (a tab bar's `Activity`)
 * is no title.
 */
function withoutSummaryAboveTitle(transactions: Transaction[], rows: ListRow[]): Transaction[] {
  const title = rows.find(isListTitle);
  if (!title) return transactions;
  const top = title.row.box.y0;
  const above = transactions.filter((t) => t.anchor.row.box.y0 < top);
  const below = transactions.length - above.length;
  if (above.length === 0 || above.length > MAX_SUMMARY_ANCHORS || below < above.length + 1) return transactions;
  return transactions.filter((t) => t.anchor.row.box.y0 > top);
}

/** Extracts a transaction list from an analysed page: rows top to bottom, and its currency. */
export function extractTransactionList(page: Page): TransactionList {
  const header = findTableHeader(page.rows);
  const rows = classifyListRows(page, header);
  const grouped = withoutOversizedNumbers(groupTransactions(rows));
  // A running balance under each amount is no transaction, and its chain proves each direction.
  const running = findRunningBalances(grouped);
  const ledger = grouped.filter((t) => !running.balances.has(t));
  // The balance line's other words (a date, `Debit card`) are a sub-line of its transaction.
  for (const [line, owner] of running.balances) owner.attached.push(line.anchor, ...line.attached);
  const transactions = withoutSummaryAboveTitle(withoutAccountSummary(ledger, rows), rows);
  const directions = decideDirections(transactions).map((d, i) => {
    const t = transactions[i];
    return (t && t.anchor.column === null && running.directions.get(t)) || d;
  });
  const dates = repairDates(transactions, transactions.map(transactionDate));
  const repeated = headingOfEveryRow(transactions, rows);
  const out: TransactionRow[] = transactions.map((t, i) => {
    const amount = t.anchor.amount;
    return {
      date: dates[i] ?? missingField(),
      description: transactionDescription(t, repeated, header !== null),
      amount: amount ? numberField(amount.value, amount.tokens, RULE_CONFIDENCE.keyword) : numberField(null, [], 0),
      direction: directions[i] ?? "out",
    };
  });
  const amounts = transactions.map((t) => t.anchor.amount).filter((a): a is RowAmount => a !== null);
  return { kind: "transaction_list", currency: listCurrency(page, amounts), rows: out };
}
