/**
 * The transaction-list extractor: classifies the rows of a list page, groups them into
 * transactions, and reads each transaction's date, description, amount and direction.
 */
import type { StringField, TransactionList, TransactionRow } from "@/lib/extract/schema";
import { repairDate } from "./date-repair";
import { missingField, numberField, RULE_CONFIDENCE, stringField } from "./field";
import { hasAnyWord } from "./keywords";
import { BALANCE_WORDS } from "./lexicon";
import { findTableHeader } from "./list-columns";
import { decideDirections } from "./list-direction";
import { groupTransactions, type Transaction } from "./list-grouping";
import { classifyListRows, type ListRow } from "./list-rows";
import type { Page, RowAmount } from "./page";
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

/** The transaction's description: its own row's words, else the nearest attached line's. */
function transactionDescription(t: Transaction): StringField {
  const hasWords = (r: ListRow) => /\p{L}{2}|[\u3040-\u9fff]/u.test(r.description.text);
  if (hasWords(t.anchor))
    return stringField(t.anchor.description.text, t.anchor.description.tokens, RULE_CONFIDENCE.pattern);
  const line = t.attached.find((r) => hasWords(r) && !hasAnyWord(r.description.text, BALANCE_WORDS));
  if (line) return stringField(line.description.text, line.description.tokens, RULE_CONFIDENCE.position);
  return missingField();
}

/** The list's currency: the one most amounts carry, else the page's (page-currency.ts). */
function listCurrency(page: Page, amounts: RowAmount[]): StringField {
  return currencyField(page, amounts);
}

/** Extracts a transaction list from an analysed page: rows top to bottom, and its currency. */
export function extractTransactionList(page: Page): TransactionList {
  const header = findTableHeader(page.rows);
  const rows = classifyListRows(page, header);
  const transactions = groupTransactions(rows);
  const directions = decideDirections(transactions);
  const dates = repairDates(transactions, transactions.map(transactionDate));
  const out: TransactionRow[] = transactions.map((t, i) => {
    const amount = t.anchor.amount;
    return {
      date: dates[i] ?? missingField(),
      description: transactionDescription(t),
      amount: amount ? numberField(amount.value, amount.tokens, RULE_CONFIDENCE.keyword) : numberField(null, [], 0),
      direction: directions[i] ?? "out",
    };
  });
  const amounts = transactions.map((t) => t.anchor.amount).filter((a): a is RowAmount => a !== null);
  return { kind: "transaction_list", currency: listCurrency(page, amounts), rows: out };
}
