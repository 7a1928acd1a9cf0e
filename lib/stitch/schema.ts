import { z } from "zod";
import { transactionRowSchema } from "@/lib/extract/schema";
import { createdJobSchema, jobStatusSchema } from "@/lib/jobs/schema";
import { boxSchema } from "@/lib/ocr/types";

/** Where a merged row was read: which screenshot of the list, which of its rows, and where on it. */
export const rowSourceSchema = z.object({
  jobId: z.string(),
  /** The screenshot's place in the list, from 0. */
  page: z.number().int().nonnegative(),
  /** The row's index in that screenshot's own result (`rows.<index>` there). */
  index: z.number().int().nonnegative(),
  /** The whole row on that screenshot (the union of its fields' boxes), in image pixels. */
  box: boxSchema.nullable(),
});
export type RowSource = z.infer<typeof rowSourceSchema>;

/** A row of the merged list: the better reading of it, where that was read, and where else it showed. */
export const stitchedRowSchema = transactionRowSchema.extend({
  source: rowSourceSchema,
  /** The same row on the neighbouring screenshot, counted once (empty outside the overlaps). */
  alsoOn: z.array(rowSourceSchema),
});
export type StitchedRow = z.infer<typeof stitchedRowSchema>;

/** How two consecutive screenshots were joined. */
export const seamSchema = z.object({
  /** The earlier page; the seam joins it to `next`. */
  page: z.number().int().nonnegative(),
  /** The page merged after it (page + 1, or page − 1 when the order was reversed). */
  next: z.number().int().nonnegative(),
  /** Whether their rows overlap; if not, the later page's rows simply follow. */
  overlapFound: z.boolean(),
  /** Rows shown on both and counted once. */
  repeatedRows: z.number().int().nonnegative(),
});
export type Seam = z.infer<typeof seamSchema>;

export const directionTotalsSchema = z.object({
  out: z.number(),
  in: z.number(),
  /** Rows whose amount was not read, left out of the totals. */
  unread: z.number().int().nonnegative(),
});

/** The merge of a list's pages, as `mergeRows` returns it. */
export const mergedRowsSchema = z.object({
  rows: z.array(stitchedRowSchema),
  /** Rows seen on two screenshots and counted once. */
  repeatsRemoved: z.number().int().nonnegative(),
  seams: z.array(seamSchema),
  totals: directionTotalsSchema,
  /**
   * The screenshots were uploaded bottom first: the rows were merged from the last page up
   * (seams then name the pages in that order).
   */
  orderReversed: z.boolean(),
});
export type MergedRows = z.infer<typeof mergedRowsSchema>;

/** One screenshot of a list, as `GET /api/lists/:id` shows it. */
export const listPageSchema = z.object({
  page: z.number().int().nonnegative(),
  jobId: z.string(),
  fileName: z.string(),
  status: jobStatusSchema,
  width: z.number().int(),
  height: z.number().int(),
  /** Rows read on this screenshot (null until it has a result, or when it is not a list). */
  rows: z.number().int().nullable(),
  links: z.object({ self: z.string(), image: z.string(), thumbnail: z.string() }),
});
export type ListPage = z.infer<typeof listPageSchema>;

/** `GET /api/lists/:id`: the screenshots of one long list and their rows merged into one. */
export const stitchedListSchema = z.object({
  /** The list's id: its first screenshot's job id. */
  id: z.string(),
  pages: z.array(listPageSchema),
  /** Whether every page has finished (the merge may still grow while some run). */
  complete: z.boolean(),
  currency: z.string().nullable(),
  ...mergedRowsSchema.shape,
  links: z.object({ self: z.string(), pages: z.string(), export: z.string() }),
});
export type StitchedList = z.infer<typeof stitchedListSchema>;

export function listLinks(id: string) {
  const encoded = encodeURIComponent(id);
  return { self: `/api/lists/${encoded}`, pages: `/api/jobs/${encoded}/pages`, export: `/api/lists/${encoded}/export` };
}

/** `POST /api/jobs/:id/pages`: the new pages' jobs and the list they joined. */
export const createdListPagesSchema = z.object({
  jobs: z.array(createdJobSchema),
  list: z.object({ id: z.string(), links: z.object({ self: z.string(), pages: z.string(), export: z.string() }) }),
});
