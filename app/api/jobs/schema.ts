import { z } from "zod";
import { customFieldListSchema, documentKindSchema, extractorNameSchema } from "@/lib/extract/schema";
import { isTimeZone } from "@/lib/time/wall-clock";

/** Parses the `fields` form field: a JSON array of {name, type, description}. */
const customFieldsJson = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "fields must be a JSON array of {name, type, description}" });
      return z.NEVER;
    }
  })
  .pipe(customFieldListSchema);

const isoTime = z.iso.datetime({
  offset: true,
  message: "capturedAt must be ISO 8601 times such as 2026-12-04T09:30:00Z",
});

/**
 * Parses the `capturedAt` form field: one ISO 8601 time for every file, or a JSON array with one
 * per file in upload order (`null` where it is not known).
 */
const capturedAtField = z
  .string()
  .transform((text, context) => {
    const trimmed = text.trim();
    if (!trimmed.startsWith("[")) return trimmed;
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "capturedAt must be an ISO 8601 time or a JSON array of them" });
      return z.NEVER;
    }
  })
  .pipe(z.union([isoTime, z.array(isoTime.nullable()).min(1)]))
  .transform((value) => (Array.isArray(value) ? value : [value]));

/**
 * The non-file fields of the upload form. `extractor` defaults to the LLM when one is
 * configured; `kind` to detection; `allowImage` (send the screenshot itself to the LLM) to no.
 */
export const uploadFieldsSchema = z.object({
  extractor: extractorNameSchema.optional(),
  kind: z.union([z.literal("auto"), documentKindSchema]).default("auto"),
  allowImage: z.stringbool().default(false),
  fields: customFieldsJson.optional(),
  /**
   * The uploader's time zone (IANA name, e.g. `Asia/Tokyo`): "Today", 昨日 and year-less dates
   * are read on its calendar (docs/time-zones.md). Absent: the server's zone.
   */
  timeZone: z
    .string()
    .refine(isTimeZone, { message: "timeZone must be an IANA time zone name such as Asia/Tokyo or UTC" })
    .optional(),
  /**
   * When the screenshots were taken (the page sends each file's time): "Today", 昨日 and
   * year-less dates are read against it rather than the upload time (docs/time-zones.md).
   */
  capturedAt: capturedAtField.optional(),
  /** The files are screenshots of one scrolled list, in order: merge their rows (docs/stitching.md). */
  stitch: z.stringbool().default(false),
});

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Search: merchant or file name (any case), or an amount equal to the total. */
  q: z.string().max(200).optional(),
});
