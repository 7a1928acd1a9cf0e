import { finalDocument } from "@/lib/export/export-jobs";
import { toLedger } from "@/lib/export/ledger";
import type { JobSnapshot } from "@/lib/jobs/schema";

/** One transaction as Actual's importTransactions takes it. */
export interface ActualTransaction {
  /** `sukusho:<job id>:<row>`: Actual skips an id it already has, so a second send adds nothing. */
  imported_id: string;
  /** YYYY-MM-DD. */
  date: string;
  /**
   * Integer hundredths of the amount, money out negative: Actual stores 120.00 as 12000 and,
   * having no per-currency minor unit, ¥1280 as 128000 too.
   */
  amount: number;
  payee_name?: string;
  imported_payee?: string;
  notes: string;
}

/** Actual's notes are free text; long line-item lists are cut here rather than by Actual. */
const NOTES_MAX = 500;

export const importedIdOf = (jobId: string, row: number | string) => `sukusho:${jobId}:${row}`;

/** Hundredths, rounded from the decimal as printed: 1.005 → 101 (Actual's own amountToInteger gives 100, from 100.4999…). */
export const toActualAmount = (amount: number) => Math.round(Number((amount * 100).toFixed(4)));

const notesOf = (...parts: Array<string | null | undefined>) => {
  const text = parts.filter((part) => part?.trim()).join(" · ");
  return text.length > NOTES_MAX ? `${text.slice(0, NOTES_MAX - 1)}…` : text;
};

/** Actual refuses a date that does not exist; one read as 2026-02-30 falls back to the upload day. */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function itemsOf(snapshot: JobSnapshot): string | null {
  const document = finalDocument(snapshot);
  if (document?.kind !== "receipt" || document.items.length === 0) return null;
  return document.items
    .map((item) => [item.description.value, item.amount.value].filter((part) => part !== null).join(" "))
    .filter(Boolean)
    .join(", ");
}

/**
 * The accepted jobs' results as Actual transactions: the same ledger as the OFX/QIF export
 * (corrections applied; a receipt is one payment of its total, a list one transaction per row),
 * with the file name, the export's memo (payment method, reference, "date not read") and a
 * receipt's line items in the notes.
 */
export function toActualTransactions(snapshots: JobSnapshot[]): { transactions: ActualTransaction[]; skipped: number } {
  const transactions: ActualTransaction[] = [];
  let skipped = 0;
  for (const snapshot of snapshots) {
    const ledger = toLedger([snapshot]);
    skipped += ledger.skipped;
    const items = itemsOf(snapshot);
    for (const entry of ledger.entries) {
      const row = entry.id.slice(snapshot.id.length + 1);
      const payee = entry.payee?.trim() || undefined;
      const dateOk = isRealDate(entry.date);
      transactions.push({
        imported_id: importedIdOf(snapshot.id, row),
        date: dateOk ? entry.date : snapshot.createdAt.slice(0, 10),
        amount: toActualAmount(entry.amount),
        ...(payee ? { payee_name: payee, imported_payee: payee } : {}),
        notes: notesOf(snapshot.fileName, entry.memo, dateOk ? null : `date read as ${entry.date}: upload day`, items),
      });
    }
  }
  return { transactions, skipped };
}
