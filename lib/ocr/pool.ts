import { env } from "@/lib/env";
import { OcrPool, splitLangs } from "@/lib/ocr/worker-pool";

const globalForOcr = globalThis as unknown as { sukushoOcrPool?: OcrPool };

/** The process's one OCR pool, configured from the environment and started on first use. */
export function ocrPool(): OcrPool {
  if (!globalForOcr.sukushoOcrPool) {
    const config = env();
    globalForOcr.sukushoOcrPool = new OcrPool({
      size: config.OCR_WORKERS,
      langs: config.OCR_LANGS,
      warmSets: warmSets(config.OCR_LANGS),
      langPath: config.OCR_LANG_PATH,
      timeoutMs: config.OCR_TIMEOUT_MS,
    });
  }
  return globalForOcr.sukushoOcrPool;
}

/**
 * Started at boot: the sample set (every allowed language, for the choice), and the sets most
 * screenshots end up with here, English and Japanese; others start on first use.
 */
export function warmSets(langs: string): string[] {
  const allowed = splitLangs(langs);
  const sets = [allowed.join("+")];
  if (allowed.length > 1 && allowed.includes("eng")) sets.push("eng");
  if (allowed.length > 2 && allowed.includes("jpn") && allowed.includes("eng")) sets.push("jpn+eng");
  return sets;
}
