import { extractDocument } from "@/lib/extract/local/local-extractor";
import type { Check, ExtractedDocument, ExtractorName } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { compareWithLocal } from "@/lib/verify/compare-with-local";
import { verifyDocument } from "@/lib/verify/verify-document";

/**
 * The verify step: values looked up in the OCR words, sums and dates checked; for a model's
 * reading, also a second opinion from the local rules on the same words. `now` is the upload
 * time the extractor read against: no date may lie after it, and the second opinion resolves
 * `Yesterday` against the same moment, so the two readings do not differ by when they ran.
 */
export function verifyAgainstImage(
  document: ExtractedDocument,
  ocr: OcrResult,
  extractor: ExtractorName,
  now?: Date,
): { document: ExtractedDocument; checks: Check[] } {
  const verified = verifyDocument(document, ocr, { now });
  if (extractor === "local" || verified.document.kind === "custom") return verified;
  const local = extractDocument(ocr, { kind: verified.document.kind, now });
  const compared = compareWithLocal(verified.document, local);
  return { document: compared.document, checks: [...verified.checks, ...compared.checks] };
}
