import type { Check, CustomFieldSpec, DocumentKind, ExtractedDocument, ExtractorName } from "@/lib/extract/schema";
import type { OcrFeed } from "@/lib/ocr/ocr-feed";
import type { OcrResult } from "@/lib/ocr/types";

/** Progress an extractor reports while it works; the pipeline turns it into events. */
export type ExtractProgress =
  | { kind: "progress"; progress: number; message?: string }
  /** A growing partial answer (the LLM's output as it streams), per chunk of a long list. */
  | { kind: "partial"; text: string; chunk: number; chunks: number; final?: boolean }
  /** A failed call about to be retried after `waitMs`. */
  | {
      kind: "retry";
      attempt: number;
      maxAttempts: number;
      waitMs: number;
      reason: string;
      status?: number;
      chunk: number;
      chunks: number;
    };

export interface ExtractInput {
  ocr: OcrResult;
  /** The normalised image (PNG), for extractors that can look at it, when the user allowed it. */
  image?: Buffer;
  /**
   * When the screenshot was taken, as far as the server knows: the upload time. Relative dates
   * ("Yesterday", 昨日) and year-less ones resolve against it, and no date read may lie after it.
   */
  now?: Date;
  /** The document kind the user chose; when absent the extractor detects it. */
  kind?: DocumentKind;
  /** An API caller's own fields: the extractor returns a `custom` document with exactly these. */
  customFields?: CustomFieldSpec[];
  signal: AbortSignal;
  onProgress: (progress: ExtractProgress) => void;
  /**
   * A finding of the extractor's own, added to the result's checks (e.g. a value of the model's
   * that was not usable and was replaced by the local rules' reading).
   */
  onCheck?: (check: Check) => void;
}

/**
 * The input of an extraction that starts while OCR still reads (docs/pipelining.md): the lines
 * come from `feed` as their strips are read, in page order; the whole result when OCR ends.
 */
export interface ExtractAsReadInput extends Omit<ExtractInput, "ocr"> {
  feed: OcrFeed;
}

/**
 * Turns OCR output into a document. Implementations: the local rule-based extractor
 * (always available) and the LLM extractor (when an endpoint is configured).
 */
export interface Extractor {
  readonly name: ExtractorName;
  /** The model behind it, if any: recorded with each result. */
  readonly model?: string;
  extract(input: ExtractInput): Promise<ExtractedDocument>;
  /**
   * The same, started before OCR ends: the model works on the first lines (or the image) while
   * later ones are still being read. Absent where waiting costs nothing (the local rules are
   * fast); the pipeline then runs OCR and extraction one after the other.
   */
  extractAsRead?(input: ExtractAsReadInput): Promise<ExtractedDocument>;
}
