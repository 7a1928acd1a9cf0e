/**
 * Scoring an extracted document against a fixture's ground truth, field by field, for the
 * fixture tests and the benchmark script. Names compare by a normalised key (spaces, width and
 * case ignored), card masks are ignored in payment methods, amounts compare to the cent.
 */
import type { ExtractedDocument, Receipt, TransactionList } from "@/lib/extract/schema";
import { comparisonKey } from "./normalise-text";

/** A receipt as a truth file writes it: plain values. */
export interface TruthReceipt {
  kind: "receipt";
  merchant: string | null;
  /** The four later fields are scored when the truth states them (null included). */
  address?: string | null;
  date: string | null;
  time: string | null;
  subtotal?: number | null;
  tax?: number | null;
  rounding?: number | null;
  total: number | null;
  currency: string | null;
  paymentMethod: string | null;
  reference: string | null;
  items: Array<{ description: string; amount: number }>;
}

/** A transaction list as a truth file writes it. */
export interface TruthTransactionList {
  kind: "transaction_list";
  currency: string | null;
  rows: Array<{ date: string | null; description: string; amount: number; direction: "in" | "out" }>;
}

/** The `document` of a `fixtures/screens/<name>.truth.json`. */
export type TruthDocument = TruthReceipt | TruthTransactionList;

/** Per-field correctness: how many fields were scored, how many were right, and what was wrong. */
export interface DocumentScore {
  fields: number;
  correct: number;
  misses: string[];
  /** For lists: rows in truth and extracted, and truth rows whose four fields are all right. */
  rows?: { truth: number; extracted: number; fullyRight: number };
}

/** Equal names: the same normalised key (`ファミリーマート 渋谷店` = `ﾌｧﾐﾘｰﾏｰﾄ渋谷店`). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return comparisonKey(a) === comparisonKey(b);
}

/**
 * Equal addresses: the same words, whatever separates the printed lines (the corpus joins them
 * with `, `, SROIE's labels with a space and the commas as printed).
 */
export function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  const key = (s: string) => comparisonKey(s).replace(/[,.、，]/g, "");
  return key(a) === key(b);
}

/** Equal payment methods, ignoring the mask characters between brand and digits. */
export function samePaymentMethod(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  const key = (s: string) => comparisonKey(s).replace(/[•*●·.。x×-]/g, "");
  return key(a) === key(b);
}

/** Equal amounts, to the cent. */
export function sameAmount(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Math.abs(a - b) < 0.005;
}

/** Equal plain values (dates, times, currency codes, directions). */
function same<T>(a: T | null | undefined, b: T | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

class Tally {
  fields = 0;
  correct = 0;
  misses: string[] = [];

  check(name: string, ok: boolean, expected: unknown, got: unknown): boolean {
    this.fields++;
    if (ok) this.correct++;
    else this.misses.push(`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    return ok;
  }
}

/**
 * Aligns two sequences (truth rows and extracted rows) keeping their order, maximising the sum
 * of `similarity` over matched pairs (a longest-common-subsequence with weights). Returns, for
 * each truth index, the matched extracted index or -1.
 */
export function alignRows<A, B>(truth: A[], got: B[], similarity: (a: A, b: B) => number): number[] {
  const n = truth.length;
  const m = got.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const a = truth[i] as A;
      const b = got[j] as B;
      const s = similarity(a, b);
      const row = best[i] as number[];
      const next = best[i + 1] as number[];
      row[j] = Math.max(next[j] ?? 0, row[j + 1] ?? 0, s > 0 ? s + (next[j + 1] ?? 0) : 0);
    }
  }
  const match = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = similarity(truth[i] as A, got[j] as B);
    const here = best[i]?.[j] ?? 0;
    if (s > 0 && here === s + (best[i + 1]?.[j + 1] ?? 0)) {
      match[i] = j;
      i++;
      j++;
    } else if (here === (best[i + 1]?.[j] ?? 0)) i++;
    else j++;
  }
  return match;
}

function scoreReceipt(truth: TruthReceipt, got: Receipt, tally: Tally): void {
  tally.check("merchant", sameText(truth.merchant, got.merchant.value), truth.merchant, got.merchant.value);
  tally.check("date", same(truth.date, got.date.value), truth.date, got.date.value);
  tally.check("time", same(truth.time, got.time.value), truth.time, got.time.value);
  tally.check("total", sameAmount(truth.total, got.total.value), truth.total, got.total.value);
  if (truth.address !== undefined) {
    tally.check("address", sameAddress(truth.address, got.address.value), truth.address, got.address.value);
  }
  for (const name of ["subtotal", "tax", "rounding"] as const) {
    const expected = truth[name];
    if (expected !== undefined) tally.check(name, sameAmount(expected, got[name].value), expected, got[name].value);
  }
  tally.check("currency", same(truth.currency, got.currency.value), truth.currency, got.currency.value);
  tally.check(
    "paymentMethod",
    samePaymentMethod(truth.paymentMethod, got.paymentMethod.value),
    truth.paymentMethod,
    got.paymentMethod.value,
  );
  tally.check("reference", sameText(truth.reference, got.reference.value), truth.reference, got.reference.value);
  tally.check("items.length", truth.items.length === got.items.length, truth.items.length, got.items.length);
  const match = alignRows(
    truth.items,
    got.items,
    (a, b) => (sameAmount(a.amount, b.amount.value) ? 2 : 0) + (sameText(a.description, b.description.value) ? 1 : 0),
  );
  truth.items.forEach((item, i) => {
    const g = got.items[match[i] ?? -1];
    tally.check(
      `items.${i}.description`,
      sameText(item.description, g?.description.value),
      item.description,
      g?.description.value ?? null,
    );
    tally.check(`items.${i}.amount`, sameAmount(item.amount, g?.amount.value), item.amount, g?.amount.value ?? null);
  });
}

function scoreList(truth: TruthTransactionList, got: TransactionList, tally: Tally): DocumentScore["rows"] {
  tally.check("currency", same(truth.currency, got.currency.value), truth.currency, got.currency.value);
  tally.check("rows.length", truth.rows.length === got.rows.length, truth.rows.length, got.rows.length);
  const match = alignRows(
    truth.rows,
    got.rows,
    (a, b) =>
      (sameAmount(a.amount, b.amount.value) ? 2 : 0) +
      (same(a.date, b.date.value) ? 1 : 0) +
      (sameText(a.description, b.description.value) ? 1 : 0),
  );
  let fullyRight = 0;
  truth.rows.forEach((row, i) => {
    const g = got.rows[match[i] ?? -1];
    const checks = [
      tally.check(`rows.${i}.date`, same(row.date, g?.date.value), row.date, g?.date.value ?? null),
      tally.check(
        `rows.${i}.description`,
        sameText(row.description, g?.description.value),
        row.description,
        g?.description.value ?? null,
      ),
      tally.check(`rows.${i}.amount`, sameAmount(row.amount, g?.amount.value), row.amount, g?.amount.value ?? null),
      tally.check(`rows.${i}.direction`, same(row.direction, g?.direction), row.direction, g?.direction ?? null),
    ];
    if (checks.every(Boolean)) fullyRight++;
  });
  return { truth: truth.rows.length, extracted: got.rows.length, fullyRight };
}

/** The fields a receipt's truth is scored on, the kind included. */
export function receiptFieldCount(truth: TruthReceipt): number {
  const later = [truth.address, truth.subtotal, truth.tax, truth.rounding].filter((v) => v !== undefined).length;
  return 9 + later + truth.items.length * 2;
}

/**
 * Scores an extracted document against the truth. The kind counts as one field; when it is
 * wrong the other fields are counted as missed, so that a wrong kind never scores well.
 */
export function scoreDocument(truth: TruthDocument, extracted: ExtractedDocument): DocumentScore {
  const tally = new Tally();
  const kindRight = tally.check("kind", truth.kind === extracted.kind, truth.kind, extracted.kind);
  let rows: DocumentScore["rows"];
  if (kindRight && truth.kind === "receipt" && extracted.kind === "receipt") scoreReceipt(truth, extracted, tally);
  else if (kindRight && truth.kind === "transaction_list" && extracted.kind === "transaction_list") {
    rows = scoreList(truth, extracted, tally);
  } else {
    const missed = truth.kind === "receipt" ? receiptFieldCount(truth) - 1 : 2 + truth.rows.length * 4;
    tally.fields += missed;
    tally.misses.push(`kind wrong: ${missed} fields not scored`);
  }
  return { fields: tally.fields, correct: tally.correct, misses: tally.misses, ...(rows ? { rows } : {}) };
}
