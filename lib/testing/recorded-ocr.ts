import fs from "node:fs";
import path from "node:path";
import { type OcrResult, ocrResultSchema } from "@/lib/ocr/types";

/** Where `npm run fixtures:ocr` (scripts/ocr-dump.ts) records the fixtures' OCR. */
export const RECORDED_OCR_DIR = path.resolve(import.meta.dirname, "../../fixtures/ocr");

/** A fixture's recorded OCR (fixtures/ocr/<name>.json): tests and benches read it without tesseract. */
export function recordedOcr(name: string): OcrResult {
  const file = path.join(RECORDED_OCR_DIR, `${name}.json`);
  return ocrResultSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}
