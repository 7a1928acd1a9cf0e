import type { ExtractProgress } from "@/lib/extract/extractor";
import { localExtractor } from "@/lib/extract/local/local-extractor";
import type { DocumentKind, ExtractedDocument, ExtractorName } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { verifyAgainstImage } from "@/lib/verify/verify-against-image";

/** The local rules' extraction of one page, as the local extractor is called for it. */
export interface ExtractTask {
  task: "extract";
  ocr: OcrResult;
  kind?: DocumentKind;
  now?: Date;
}

/** The verify step of one document (lib/verify/verify-against-image.ts). */
export interface VerifyTask {
  task: "verify";
  document: ExtractedDocument;
  ocr: OcrResult;
  extractor: ExtractorName;
  now?: Date;
}

export type RulesTask = ExtractTask | VerifyTask;

export type VerifyOutput = ReturnType<typeof verifyAgainstImage>;

/**
 * Runs one task of the local rules, in whichever thread calls it: the rules thread
 * (rules-worker.mjs) or, where that is unavailable, the caller's. Both run this very function,
 * so the two give the same output. Plain data in and out (structured-cloneable); progress goes
 * to `onProgress` in the order the extractor reports it.
 */
export async function runRulesTask(
  task: RulesTask,
  onProgress: (progress: ExtractProgress) => void = () => {},
): Promise<ExtractedDocument | VerifyOutput> {
  if (task.task === "verify") return verifyAgainstImage(task.document, task.ocr, task.extractor, task.now);
  // The caller checks its abort signal before and after: a signal cannot cross threads.
  return localExtractor.extract({
    ocr: task.ocr,
    kind: task.kind,
    now: task.now,
    signal: new AbortController().signal,
    onProgress,
  });
}
