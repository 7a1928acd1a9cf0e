import { finalDocument } from "@/lib/export/export-jobs";
import type { JobSnapshot } from "@/lib/jobs/schema";

/**
 * The jobs' results as bank transactions, for budgeting programs (QIF, OFX): a receipt is one
 * payment (its total, out), a list one transaction per row. Corrected values are used. Money out
 * is negative, as both formats want.
 */
export interface LedgerEntry {
  /**
   * Stable across exports (`<job id>-<index>`): OFX importers (YNAB, GnuCash, Firefly III) skip
   * a FITID they already have, so exporting a job again adds nothing twice.
   */
  id: string;
  /** YYYY-MM-DD; the upload day when the screenshot showed none (said in `memo`). */
  date: string;
  dateRead: boolean;
  payee: string | null;
  amount: number;
  currency: string | null;
  memo: string | null;
}

export interface Ledger {
  entries: LedgerEntry[];
  /** Rows left out because no amount was read (a transaction without an amount cannot be posted). */
  skipped: number;
}

const uploadDay = (snapshot: JobSnapshot) => snapshot.createdAt.slice(0, 10);

const joinMemo = (...parts: Array<string | null>) => parts.filter((part) => part?.trim()).join(" · ") || null;

export function toLedger(snapshots: JobSnapshot[]): Ledger {
  const entries: LedgerEntry[] = [];
  let skipped = 0;
  for (const snapshot of snapshots) {
    const document = finalDocument(snapshot);
    if (!document || document.kind === "custom") continue;
    const undated = "date not read: upload day";
    if (document.kind === "receipt") {
      const total = document.total.value;
      if (total === null) {
        skipped++;
        continue;
      }
      const date = document.date.value;
      entries.push({
        id: `${snapshot.id}-0`,
        date: date ?? uploadDay(snapshot),
        dateRead: date !== null,
        payee: document.merchant.value,
        amount: -Math.abs(total),
        currency: document.currency.value,
        memo: joinMemo(
          document.paymentMethod.value,
          document.reference.value ? `ref ${document.reference.value}` : null,
          date === null ? undated : null,
        ),
      });
      continue;
    }
    for (const [index, row] of document.rows.entries()) {
      const amount = row.amount.value;
      if (amount === null) {
        skipped++;
        continue;
      }
      const date = row.date.value;
      entries.push({
        id: `${snapshot.id}-${index}`,
        date: date ?? uploadDay(snapshot),
        dateRead: date !== null,
        payee: row.description.value,
        amount: row.direction === "in" ? Math.abs(amount) : -Math.abs(amount),
        currency: document.currency.value,
        memo: date === null ? undated : null,
      });
    }
  }
  return { entries, skipped };
}
