/**
 * What verification said about each value an extractor returned (found in the image's OCR words
 * or not, `seen`), crossed with whether the value is right: the same comparisons and row
 * alignment as scoreDocument (lib/extract/local/score.ts), but per extracted value instead of per
 * truth field. A value "not seen" is shown to the user as inferred, with its confidence lowered.
 */

import {
  alignRows,
  sameAmount,
  samePaymentMethod,
  sameText,
  type TruthDocument,
  type TruthReceipt,
  type TruthTransactionList,
} from "@/lib/extract/local/score";
import type { ExtractedDocument, Field, Receipt, TransactionList } from "@/lib/extract/schema";

/** One non-null value of an extracted document. */
export interface ValueProvenance {
  /** Path in the extracted document, e.g. `total`, `rows.3.description`. */
  path: string;
  value: string | number;
  seen: boolean;
  /** Equal to the truth value it is aligned with (false when it aligns with none). */
  correct: boolean;
}

export interface ProvenanceTally {
  /** Non-null values in the document. */
  values: number;
  seen: number;
  notSeen: number;
  seenCorrect: number;
  seenWrong: number;
  notSeenCorrect: number;
  notSeenWrong: number;
}

export function emptyTally(): ProvenanceTally {
  return { values: 0, seen: 0, notSeen: 0, seenCorrect: 0, seenWrong: 0, notSeenCorrect: 0, notSeenWrong: 0 };
}

export function addTally(into: ProvenanceTally, from: ProvenanceTally): void {
  for (const key of Object.keys(into) as Array<keyof ProvenanceTally>) into[key] += from[key];
}

export function tallyProvenance(values: readonly ValueProvenance[]): ProvenanceTally {
  const tally = emptyTally();
  for (const { seen, correct } of values) {
    tally.values++;
    if (seen) {
      tally.seen++;
      if (correct) tally.seenCorrect++;
      else tally.seenWrong++;
    } else {
      tally.notSeen++;
      if (correct) tally.notSeenCorrect++;
      else tally.notSeenWrong++;
    }
  }
  return tally;
}

/** Every non-null value of `document` with its `seen` flag and whether it matches the truth. */
export function provenanceOf(truth: TruthDocument, document: ExtractedDocument): ValueProvenance[] {
  const out: ValueProvenance[] = [];
  const add = (path: string, field: Field, correct: boolean) => {
    if (field.value !== null) out.push({ path, value: field.value, seen: field.seen, correct });
  };
  if (document.kind === "receipt") {
    receiptProvenance(truth.kind === "receipt" ? truth : null, document, add);
  } else if (document.kind === "transaction_list") {
    listProvenance(truth.kind === "transaction_list" ? truth : null, document, add);
  } else {
    for (const custom of document.fields) add(`fields.${custom.name}`, custom.field as Field, false);
  }
  return out;
}

type Add = (path: string, field: Field, correct: boolean) => void;

/** For each extracted index, the truth index aligned with it (or -1). */
function invert(match: number[], length: number): number[] {
  const byGot = new Array<number>(length).fill(-1);
  match.forEach((got, truthIndex) => {
    if (got >= 0) byGot[got] = truthIndex;
  });
  return byGot;
}

function receiptProvenance(truth: TruthReceipt | null, got: Receipt, add: Add): void {
  add("merchant", got.merchant, !!truth && sameText(truth.merchant, got.merchant.value));
  add("date", got.date, !!truth && truth.date === got.date.value);
  add("time", got.time, !!truth && truth.time === got.time.value);
  add("total", got.total, !!truth && sameAmount(truth.total, got.total.value));
  add("currency", got.currency, !!truth && truth.currency === got.currency.value);
  add("paymentMethod", got.paymentMethod, !!truth && samePaymentMethod(truth.paymentMethod, got.paymentMethod.value));
  add("reference", got.reference, !!truth && sameText(truth.reference, got.reference.value));
  const items = truth?.items ?? [];
  const byGot = invert(
    alignRows(
      items,
      got.items,
      (a, b) => (sameAmount(a.amount, b.amount.value) ? 2 : 0) + (sameText(a.description, b.description.value) ? 1 : 0),
    ),
    got.items.length,
  );
  got.items.forEach((item, j) => {
    const t = items[byGot[j] ?? -1];
    add(`items.${j}.description`, item.description, !!t && sameText(t.description, item.description.value));
    add(`items.${j}.amount`, item.amount, !!t && sameAmount(t.amount, item.amount.value));
  });
}

function listProvenance(truth: TruthTransactionList | null, got: TransactionList, add: Add): void {
  add("currency", got.currency, !!truth && truth.currency === got.currency.value);
  const rows = truth?.rows ?? [];
  const byGot = invert(
    alignRows(
      rows,
      got.rows,
      (a, b) =>
        (sameAmount(a.amount, b.amount.value) ? 2 : 0) +
        (a.date === b.date.value ? 1 : 0) +
        (sameText(a.description, b.description.value) ? 1 : 0),
    ),
    got.rows.length,
  );
  got.rows.forEach((row, j) => {
    const t = rows[byGot[j] ?? -1];
    add(`rows.${j}.date`, row.date, !!t && t.date === row.date.value);
    add(`rows.${j}.description`, row.description, !!t && sameText(t.description, row.description.value));
    add(`rows.${j}.amount`, row.amount, !!t && sameAmount(t.amount, row.amount.value));
  });
}
