/**
 * The local extractor: rules over OCR words and their positions, no network and no model. It is
 * the app's default extractor, so it always answers: fields it cannot find come back missing.
 */

import { AppError } from "@/lib/errors";
import type { ExtractInput, Extractor } from "@/lib/extract/extractor";
import { type DocumentKind, type ExtractedDocument, extractedDocumentSchema } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { detectKind } from "./detect-kind";
import { extractReceipt } from "./extract-receipt";
import { extractTransactionList } from "./extract-transaction-list";
import { analysePage } from "./page";

/** Options for `extractDocument`; `now` gives year-less dates a year when the page has none. */
export interface ExtractOptions {
  now?: Date;
  /** The kind the user chose; detected from the layout when absent. */
  kind?: DocumentKind;
  onProgress?: (progress: number, message: string) => void;
  signal?: AbortSignal;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("Extraction aborted");
}

/**
 * Reads a document from OCR output, synchronously: lays out rows, decides receipt or list, and
 * runs the matching rules. The result is validated against the output schema.
 */
export function extractDocument(ocr: OcrResult, options: ExtractOptions = {}): ExtractedDocument {
  const { onProgress, signal } = options;
  throwIfAborted(signal);
  const page = analysePage(ocr, options.now);
  onProgress?.(0.3, "Laid out words");
  throwIfAborted(signal);
  const kind = options.kind ?? detectKind(page);
  onProgress?.(0.5, kind === "receipt" ? "Reading a receipt" : "Reading a transaction list");
  const document = kind === "receipt" ? extractReceipt(page) : extractTransactionList(page);
  throwIfAborted(signal);
  return extractedDocumentSchema.parse(document);
}

/** The document kind the layout suggests (rows of dates and amounts make a list). */
export function detectDocumentKind(ocr: OcrResult, now?: Date): DocumentKind {
  return detectKind(analysePage(ocr, now));
}

/** The rule-based extractor, always available. */
export const localExtractor: Extractor = {
  name: "local",
  async extract({ ocr, signal, onProgress, kind, now, customFields }: ExtractInput): Promise<ExtractedDocument> {
    if (customFields) {
      throw new AppError(
        "custom_fields_need_llm",
        "Custom fields need the LLM extractor; the local rules know receipts and lists only.",
        422,
      );
    }
    const document = extractDocument(ocr, {
      kind,
      now,
      signal,
      onProgress: (progress, message) => onProgress({ kind: "progress", progress, message }),
    });
    onProgress({ kind: "progress", progress: 1, message: "Done" });
    return document;
  },
};
