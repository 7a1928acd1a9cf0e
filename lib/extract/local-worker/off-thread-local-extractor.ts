import type { Extractor } from "@/lib/extract/extractor";
import { localExtractor } from "@/lib/extract/local/local-extractor";
import { rulesThread } from "@/lib/extract/local-worker/rules-thread";

/**
 * The local extractor, run in the rules thread (rules-thread.ts): the same rules, the same
 * result and progress, off the main thread. A request for custom fields is refused by the local
 * extractor itself, at once, where it is.
 */
export const offThreadLocalExtractor: Extractor = {
  name: localExtractor.name,
  extract(input) {
    if (input.customFields) return localExtractor.extract(input);
    const { ocr, kind, now, signal, onProgress } = input;
    return rulesThread().extract({ ocr, kind, now }, { signal, onProgress });
  },
};
