import { viewerActualSession } from "@/lib/actual/actual-context";
import { actualNotConfigured } from "@/lib/actual/actual-error";
import { withActualBudget } from "@/lib/actual/actual-session";
import type { ActualAccount } from "@/lib/actual/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The open accounts of the viewer's budget, on-budget first, for the send picker. */
export async function listActualAccounts(
  db: PrismaClient,
  viewer: Viewer,
): Promise<{ accounts: ActualAccount[]; lastAccountId: string | null }> {
  const { connection, session } = await viewerActualSession(db, viewer);
  if (connection.syncId === null) throw actualNotConfigured();
  const accounts = await withActualBudget(session, (api) => api.getAccounts());
  return {
    accounts: accounts
      .filter((account) => !account.closed)
      .map((account) => ({ id: account.id, name: account.name, offBudget: Boolean(account.offbudget) }))
      .sort((a, b) => Number(a.offBudget) - Number(b.offBudget)),
    lastAccountId: connection.accountId,
  };
}
