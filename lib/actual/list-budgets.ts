import type { ActualApi } from "@/lib/actual/actual-session";
import type { ActualBudget } from "@/lib/actual/schema";

/**
 * The budgets on the server, once each by sync id. Actual's getBudgets lists the local cache's
 * copies as well as the server's files; only the server's count (a cached copy of a deleted
 * budget cannot be sent to).
 */
export async function listBudgets(api: Pick<ActualApi, "getBudgets">): Promise<ActualBudget[]> {
  const budgets = new Map<string, ActualBudget>();
  for (const file of await api.getBudgets()) {
    const remote = (file as { state?: string }).state === "remote";
    if (!remote || !file.groupId || budgets.has(file.groupId)) continue;
    budgets.set(file.groupId, { syncId: file.groupId, name: file.name });
  }
  return [...budgets.values()].sort((a, b) => a.name.localeCompare(b.name));
}
