import { z } from "zod";
import type { ExtractionChoice } from "@/lib/client/api";
import type { PublicConfig } from "@/lib/config-schema";
import { type DocumentKind, documentKindSchema, type ExtractorName, extractorNameSchema } from "@/lib/extract/schema";

/** The reading options the upload zone offers; they apply to every following upload. */
export interface UploadOptions {
  /** The extractor the person picked; null until they pick one (the server's default). */
  extractor: ExtractorName | null;
  kind: DocumentKind | "auto";
  /** Send the screenshot itself to the model (only offered when it has vision). Off by default. */
  allowImage: boolean;
  /** Several screenshots uploaded together are one scrolled list (docs/stitching.md). Off by default. */
  stitch: boolean;
}

export const defaultUploadOptions: UploadOptions = { extractor: null, kind: "auto", allowImage: false, stitch: false };

/** Where the choices are remembered between visits. */
export const UPLOAD_OPTIONS_KEY = "sukusho.upload-options";

/** Stored choices, each falling back to its default when missing or no longer valid. */
const storedSchema = z.object({
  extractor: extractorNameSchema.nullable().catch(null),
  kind: z.union([z.literal("auto"), documentKindSchema]).catch("auto"),
  allowImage: z.boolean().catch(false),
  stitch: z.boolean().catch(false),
});

/** The remembered choices, or the defaults (nothing stored, unreadable, or no storage). */
export function readUploadOptions(storage: Pick<Storage, "getItem"> | null): UploadOptions {
  try {
    const raw = storage?.getItem(UPLOAD_OPTIONS_KEY);
    if (!raw) return defaultUploadOptions;
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultUploadOptions;
  } catch {
    return defaultUploadOptions;
  }
}

/** Remembers the choices; a full or forbidden storage (private mode) is not an error. */
export function writeUploadOptions(storage: Pick<Storage, "setItem"> | null, options: UploadOptions): void {
  try {
    storage?.setItem(UPLOAD_OPTIONS_KEY, JSON.stringify(options));
  } catch {
    // Not remembered this time; the choices still apply to this visit.
  }
}

/**
 * The extractor an upload will use: the person's choice when the server offers it, the
 * server's default otherwise; null while the server's capabilities are unknown.
 */
export function effectiveExtractor(options: UploadOptions, config: PublicConfig | null): ExtractorName | null {
  if (!config) return options.extractor === "local" ? "local" : null;
  if (!config.extractors.llm.available) return "local";
  return options.extractor ?? config.defaultExtractor;
}

/**
 * The form fields for an upload. Never asks for what the server cannot do: no `llm` without
 * an LLM, and the image goes to the model only when it has vision and the person allowed it.
 */
export function extractionChoice(options: UploadOptions, config: PublicConfig | null): ExtractionChoice {
  const extractor = effectiveExtractor(options, config);
  const choice: ExtractionChoice = { kind: options.kind };
  if (options.stitch) choice.stitch = true;
  if (extractor) choice.extractor = extractor;
  if (config && extractor === "llm") choice.allowImage = options.allowImage && config.extractors.llm.vision;
  return choice;
}
