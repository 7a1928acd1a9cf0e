import { z } from "zod";

/** A correction as the API takes it: the field's path and its new value (null: "not there"). */
export const correctionInputSchema = z.object({
  path: z.string().min(1).max(200),
  value: z.union([z.string().max(1000), z.number().finite(), z.null()]),
});
export type CorrectionInput = z.infer<typeof correctionInputSchema>;

export const correctionSchema = z.object({
  value: z.union([z.string(), z.number(), z.null()]),
  correctedAt: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

/** Corrections by path, as the job snapshot carries them. */
export const correctionsSchema = z.record(z.string(), correctionSchema);
export type Corrections = z.infer<typeof correctionsSchema>;

/** A finished job's main fields, corrections applied: what the history lists and searches. */
export const jobSummarySchema = z.object({
  kind: z.enum(["receipt", "transaction_list", "custom"]).nullable(),
  merchant: z.string().nullable(),
  total: z.number().nullable(),
  currency: z.string().nullable(),
  date: z.string().nullable(),
  rows: z.number().int().nullable(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;
