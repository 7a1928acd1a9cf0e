import { viewerActualSession } from "@/lib/actual/actual-context";
import { actualNotConfigured } from "@/lib/actual/actual-error";
import { withActualBudget } from "@/lib/actual/actual-session";
import { rememberActualAccount } from "@/lib/actual/actual-settings";
import { importIntoAccount } from "@/lib/actual/import-into-account";
import { actualOwnerKey } from "@/lib/actual/owner-key";
import type { ActualSendResult } from "@/lib/actual/schema";
import { toActualTransactions } from "@/lib/actual/to-actual-transactions";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { JobSnapshot } from "@/lib/jobs/schema";
import { assertVisibleJob } from "@/lib/jobs/visible-job";
import type { Services } from "@/lib/services";

export interface SendJobsOptions {
  services: Pick<Services, "db" | "store">;
  viewer: Viewer;
  jobIds: string[];
  accountId: string;
}

/**
 * Sends the viewer's accepted results to their Actual budget. Nothing changes in Sukusho
 * whatever happens remotely: the originals and corrections stay, and a failed send can simply be
 * repeated (imported ids make it add each transaction once).
 */
export async function sendJobsToActual({
  services,
  viewer,
  jobIds,
  accountId,
}: SendJobsOptions): Promise<ActualSendResult> {
  const accepted: JobSnapshot[] = [];
  let notAccepted = 0;
  for (const id of new Set(jobIds)) {
    await assertVisibleJob(services, viewer, id);
    const snapshot = await services.store.snapshot(id);
    if (snapshot?.result && snapshot.acceptedAt) accepted.push(snapshot);
    else notAccepted++;
  }
  if (accepted.length === 0) {
    throw new AppError("actual_nothing_accepted", "None of these results is accepted yet: accept them first.", 409);
  }
  const { connection, session } = await viewerActualSession(services.db, viewer);
  if (connection.syncId === null) throw actualNotConfigured();
  const { transactions, skipped } = toActualTransactions(accepted);
  const counts = await withActualBudget(session, (api) => importIntoAccount(api, accountId, transactions));
  await rememberActualAccount(services.db, actualOwnerKey(viewer), accountId);
  return { ...counts, skipped, notAccepted };
}
