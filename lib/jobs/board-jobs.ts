import type { PrismaClient } from "@/lib/generated/prisma/client";

/** At most this many jobs are followed on one board stream (the oldest unfinished first). */
export const BOARD_MAX_JOBS = 200;

/**
 * The jobs a board stream follows when it opens: the viewer's unfinished ones, and those created
 * since the board began (finished or not: they may have run while the client was away).
 * `userId` undefined is open mode: everyone's.
 */
export async function boardJobIds(db: PrismaClient, userId: string | undefined, since: Date): Promise<string[]> {
  const jobs = await db.job.findMany({
    where: {
      ...(userId === undefined ? {} : { userId }),
      OR: [{ status: { in: ["queued", "running"] } }, { createdAt: { gte: since } }],
    },
    orderBy: { createdAt: "asc" },
    take: BOARD_MAX_JOBS,
    select: { id: true },
  });
  return jobs.map((job) => job.id);
}
