import type { ExtractedDocument, ExtractorName } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";

/** Progress an extractor reports while it works; the pipeline turns it into events. */
export type ExtractProgress =
  | { kind: "progress"; progress: number; message?: string }
  /** A growing partial answer (the LLM's output as it streams). */
  | { kind: "partial"; text: string };

export interface ExtractInput {
  ocr: OcrResult;
  /** The normalised image (PNG), for extractors that can look at it. */
  image?: Buffer;
  signal: AbortSignal;
  onProgress: (progress: ExtractProgress) => void;
}

/**
 * Turns OCR output into a document. Implementations: the local rule-based extractor
 * (always available) and the LLM extractor (when an endpoint is configured).
 */
export interface Extractor {
  readonly name: ExtractorName;
  extract(input: ExtractInput): Promise<ExtractedDocument>;
}
