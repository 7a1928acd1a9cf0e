import { afterAll } from "vitest";
import { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * A real tesseract pool for a test file, on Debian's language data (or `OCR_LANG_PATH`), closed
 * after the file's tests. `warmSets` starts only what the test needs at once; other sets start
 * on demand.
 */
export function testOcrPool(options: { size?: number; langs: string; warmSets?: string[] }): OcrPool {
  const pool = new OcrPool({
    size: options.size ?? 1,
    langs: options.langs,
    langPath: process.env.OCR_LANG_PATH ?? "/usr/share/tesseract-ocr/5/tessdata",
    timeoutMs: 60_000,
    warmSets: options.warmSets,
  });
  afterAll(() => pool.close());
  return pool;
}
