import { sessionOptions } from "@/lib/actual/actual-context";
import { actualNotConfigured } from "@/lib/actual/actual-error";
import { withActualBudget } from "@/lib/actual/actual-session";
import { actualConnection } from "@/lib/actual/actual-settings";
import { listBudgets } from "@/lib/actual/list-budgets";
import { actualOwnerKey } from "@/lib/actual/owner-key";
import type { ActualTestResult } from "@/lib/actual/schema";
import { storedSecretKey } from "@/lib/actual/secret-key";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface TestConnectionOptions {
  db: PrismaClient;
  viewer: Viewer;
  /** What the page holds now; what it leaves out comes from the stored settings. */
  typed: { serverUrl?: string; password?: string; syncId?: string | null };
}

/** Signs in to the server and lists its budgets, so the page can offer them before saving. */
export async function testActualConnection({ db, viewer, typed }: TestConnectionOptions): Promise<ActualTestResult> {
  const ownerKey = actualOwnerKey(viewer);
  // Nothing stored yet is fine when the page sends it all; an unreadable stored password is
  // said as such unless a new one is typed.
  const stored = await actualConnection(db, ownerKey, storedSecretKey(env())).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "actual_not_configured" || typed.password)) return null;
    throw error;
  });
  const serverUrl = typed.serverUrl ?? stored?.serverUrl;
  const password = typed.password || stored?.password;
  if (!serverUrl || !password) throw actualNotConfigured();
  const syncId = typed.syncId === undefined ? (stored?.syncId ?? null) : typed.syncId;
  const budgets = await withActualBudget(sessionOptions({ serverUrl, password, syncId: null }, ownerKey), listBudgets);
  return { ok: true, budgets, budgetFound: syncId ? budgets.some((budget) => budget.syncId === syncId) : null };
}
