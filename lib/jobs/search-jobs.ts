import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** The escape character the search's LIKE patterns declare (`ESCAPE '\'`). */
const LIKE_ESCAPE = "\\";

/**
 * A LIKE pattern matching `text` anywhere, taken literally: `%` and `_` (LIKE's wildcards) and
 * the escape character itself are escaped. Prisma's `contains` passes them through, so a
 * search for `%` matched every job, and SQLite's LIKE has no escape character unless the
 * query names one; hence the raw query below.
 */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => LIKE_ESCAPE + char)}%`;
}

/**
 * Ids of the newest `limit` jobs whose merchant or file name contains `text` (any case), the
 * same SQL on both databases but for the operator: SQLite's LIKE already ignores (ASCII) case,
 * PostgreSQL's needs ILIKE. Table and column names are those of both migrations.
 */
export async function jobIdsContaining(
  db: PrismaClient,
  text: string,
  options: { limit: number; insensitiveOperator: boolean; userId?: string },
): Promise<string[]> {
  const pattern = likeContains(text);
  const like = Prisma.raw(options.insensitiveOperator ? "ILIKE" : "LIKE");
  // Only the viewer's own jobs compete for the `limit` (all of them in open mode).
  const owner = options.userId === undefined ? Prisma.sql`TRUE` : Prisma.sql`"userId" = ${options.userId}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Job"
    WHERE ${owner} AND ("merchant" ${like} ${pattern} ESCAPE '\\' OR "fileName" ${like} ${pattern} ESCAPE '\\')
    ORDER BY "createdAt" DESC
    LIMIT ${options.limit}`;
  return rows.map((row) => row.id);
}
