import { canSee, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The pages of a list in their order, with their owner (all pages of a list have the same). */
export async function listPageRows(
  db: PrismaClient,
  listId: string,
): Promise<Array<{ id: string; listPage: number | null; userId: string | null }>> {
  return db.job.findMany({
    where: { listId },
    orderBy: [{ listPage: "asc" }, { createdAt: "asc" }],
    select: { id: true, listPage: true, userId: true },
  });
}

export function listNotFound(id: string): AppError {
  return new AppError("list_not_found", `There is no list ${id}.`, 404);
}

/**
 * The ids of a list's pages in order, or the 404 a list the viewer may not see gets — the same
 * as one that does not exist, as for jobs (docs/accounts.md).
 */
export async function visibleListPageIds(db: PrismaClient, viewer: Viewer, listId: string): Promise<string[]> {
  const rows = await listPageRows(db, listId);
  const first = rows[0];
  if (!first || !canSee(viewer, first)) throw listNotFound(listId);
  return rows.map((row) => row.id);
}

/**
 * The list a job belongs to, making the job page 0 of a new list (its own id) when it stood
 * alone, and the page number the next screenshot added to it gets.
 */
export async function openListOf(db: PrismaClient, jobId: string): Promise<{ listId: string; nextPage: number }> {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { listId: true } });
  if (job.listId === null) {
    await db.job.update({ where: { id: jobId }, data: { listId: jobId, listPage: 0 } });
    return { listId: jobId, nextPage: 1 };
  }
  const last = await db.job.aggregate({ where: { listId: job.listId }, _max: { listPage: true } });
  return { listId: job.listId, nextPage: (last._max.listPage ?? 0) + 1 };
}
