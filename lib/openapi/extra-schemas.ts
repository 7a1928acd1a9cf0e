import { z } from "zod";
import type { ErrorBody } from "@/lib/errors";
import type { ExportedJob } from "@/lib/export/export-jobs";
import { checkSchema, documentKindSchema } from "@/lib/extract/schema";

/**
 * Shapes the code writes by hand rather than through a zod schema, written down here for the
 * OpenAPI document. Each is tied to the code's own type where one exists (a compile error if
 * they drift) and checked against live responses in `e2e/api/openapi.test.ts`.
 */

/** The body of every error response, as `errorResponse()` in `lib/errors.ts` writes it. */
export const errorBodySchema = z.object({
  error: z.object({
    /** Stable, for programs: `job_not_found`, `unsupported_type`… */
    code: z.string(),
    /** For people. */
    message: z.string(),
    /** More about the error, e.g. the invalid fields of an `invalid_request`. */
    details: z.unknown().optional(),
  }),
});

/** What `GET /api/health` answers while the process and its database are up. */
export const healthSchema = z.object({
  status: z.literal("ok"),
  pipeline: z.object({
    /** Jobs running in this process now. */
    running: z.number().int().nonnegative(),
    /** Jobs waiting for a free slot in this process. */
    queued: z.number().int().nonnegative(),
  }),
  /** Event streams open in this process now. */
  streams: z.number().int().nonnegative(),
});

/** One field of an export: the value to use (corrected where the user corrected it) and the value as read. */
export const exportedValueSchema = z.object({
  value: z.union([z.string(), z.number(), z.null()]),
  original: z.union([z.string(), z.number(), z.null()]),
  corrected: z.boolean(),
  confidence: z.number(),
  seenInImage: z.boolean(),
});

/** One job of a JSON export (`exportJob()` in `lib/export/export-jobs.ts`). */
export const exportedJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
  extractor: z.string(),
  model: z.string().nullable(),
  kind: z.union([documentKindSchema, z.literal("custom")]),
  /** Every field by path (`total`, `rows.3.amount`, `fields.shop_phone`). */
  values: z.record(z.string(), exportedValueSchema),
  checks: z.array(checkSchema),
});

/** The body of a JSON export. */
export const exportSchema = z.object({ jobs: z.array(exportedJobSchema) });

// Compile-time: each schema and the code's own type describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const errorBodyMatches: Same<z.infer<typeof errorBodySchema>, ErrorBody> = true;
const exportedJobMatches: Same<z.infer<typeof exportedJobSchema>, ExportedJob> = true;
void [errorBodyMatches, exportedJobMatches];
