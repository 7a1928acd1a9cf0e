import { actualAccountMissing } from "@/lib/actual/actual-error";
import type { ActualApi } from "@/lib/actual/actual-session";
import type { ActualTransaction } from "@/lib/actual/to-actual-transactions";

export interface ImportCounts {
  added: number;
  updated: number;
  alreadyThere: number;
}

interface Existing {
  id: string;
  imported_id: string;
  amount: number;
  date: string;
}

/**
 * Puts the transactions into one account of the open budget, each once. New ones go through
 * importTransactions (Actual's rules run, and a bank-synced twin is matched rather than doubled).
 * One sent before is looked up by its imported_id: Actual's import would skip it unchanged even
 * when Sukusho's amount was corrected since (measured with 26.9.0), so a changed amount or date
 * is written with updateTransaction. Payee and notes are left as they are in Actual: the user
 * may have renamed or annotated them there.
 */
export async function importIntoAccount(
  api: Pick<ActualApi, "getAccounts" | "aqlQuery" | "q" | "importTransactions" | "updateTransaction">,
  accountId: string,
  transactions: ActualTransaction[],
): Promise<ImportCounts> {
  const accounts = await api.getAccounts();
  if (!accounts.some((account) => account.id === accountId && !account.closed)) throw actualAccountMissing(accountId);
  const counts: ImportCounts = { added: 0, updated: 0, alreadyThere: 0 };
  if (transactions.length === 0) return counts;

  const ids = transactions.map((transaction) => transaction.imported_id);
  const found = (await api.aqlQuery(
    api
      .q("transactions")
      .filter({ account: accountId, imported_id: { $oneof: ids } })
      .select(["id", "imported_id", "amount", "date"]),
  )) as { data: Existing[] };
  const existing = new Map(found.data.map((row) => [row.imported_id, row]));

  const fresh = transactions.filter((transaction) => !existing.has(transaction.imported_id));
  if (fresh.length > 0) {
    const result = await api.importTransactions(
      accountId,
      fresh.map((transaction) => ({ ...transaction, account: accountId })),
    );
    if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.message).join("; "));
    counts.added += result.added.length;
    // Matched to a transaction already in the account (a bank import of the same payment).
    counts.alreadyThere += fresh.length - result.added.length;
  }
  for (const transaction of transactions) {
    const before = existing.get(transaction.imported_id);
    if (!before) continue;
    if (before.amount === transaction.amount && before.date === transaction.date) {
      counts.alreadyThere++;
      continue;
    }
    await api.updateTransaction(before.id, { amount: transaction.amount, date: transaction.date });
    counts.updated++;
  }
  return counts;
}
