import { z } from "zod";

/** What `GET /api/config` tells the page (and API callers) about this server's capabilities. */
export const publicConfigSchema = z.object({
  extractors: z.object({
    local: z.object({ available: z.literal(true) }),
    llm: z.object({
      available: z.boolean(),
      /** The configured model, when available. */
      model: z.string().nullable(),
      /** Whether the model accepts images (the user must still allow sending theirs). */
      vision: z.boolean(),
    }),
  }),
  /** The extractor an upload uses when it names none. */
  defaultExtractor: z.enum(["local", "llm"]),
  limits: z.object({
    maxUploadBytes: z.number().int(),
    maxRequestBytes: z.number().int(),
    maxFilesPerUpload: z.number().int(),
    maxImagePixels: z.number().int(),
  }),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;
