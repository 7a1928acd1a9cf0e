import { env } from "@/lib/env";
import { pixelThread } from "@/lib/ocr/pixel-thread";
import { warmSets } from "@/lib/ocr/warm-sets";
import { OcrPool } from "@/lib/ocr/worker-pool";

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
    // Every reading starts with a pixel scan: its thread starts with the pool, not with the first upload.
    pixelThread().warm();
  }
  return globalForOcr.sukushoOcrPool;
}
