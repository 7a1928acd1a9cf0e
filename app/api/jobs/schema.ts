import { z } from "zod";
import { extractorNameSchema } from "@/lib/extract/schema";

/** The non-file fields of the upload form. */
export const uploadFieldsSchema = z.object({
  extractor: extractorNameSchema.default("local"),
});

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
