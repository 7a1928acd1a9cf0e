import { z } from "zod";

/** Why a job is taken for a repeat: the same picture again, or the same payment read twice. */
export const duplicateReasonSchema = z.enum(["same_image", "same_transaction"]);
export type DuplicateReason = z.infer<typeof duplicateReasonSchema>;

/** The user's earlier job a job repeats (docs/duplicates.md). */
export const duplicateOfSchema = z.object({
  jobId: z.string(),
  reason: duplicateReasonSchema,
  fileName: z.string(),
  createdAt: z.string(),
});
export type DuplicateOf = z.infer<typeof duplicateOfSchema>;
