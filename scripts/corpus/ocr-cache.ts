/**
 * The corpus OCR cache: `corpus/ocr/<name>.json` holds a PNG's OcrResult under a key of the
 * PNG's sha256 and a fingerprint of the OCR (settings, tesseract.js version, the app's OCR code),
 * so that a regenerated image or a changed OCR makes the entry stale instead of silently wrong.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { OCR_SETTINGS } from "@/bench/support/ocr";
import { type OcrResult, ocrResultSchema } from "@/lib/ocr/types";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const CORPUS_ROOT = path.join(ROOT, "corpus");
export const OCR_DIR = path.join(CORPUS_ROOT, "ocr");

const cacheEntrySchema = z.object({ png: z.string(), ocr: z.string(), result: ocrResultSchema });

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

let fingerprint: string | undefined;

/** Settings + tesseract.js version + the source of lib/ocr (non-test files). */
export function ocrFingerprint(): string {
  if (fingerprint) return fingerprint;
  const ocrDir = path.join(ROOT, "lib/ocr");
  const sources = fs
    .readdirSync(ocrDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => `${f}\n${fs.readFileSync(path.join(ocrDir, f), "utf8")}`);
  const tesseract = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/tesseract.js/package.json"), "utf8"));
  fingerprint = sha256(JSON.stringify({ settings: OCR_SETTINGS, tesseract: tesseract.version, sources })).slice(0, 16);
  return fingerprint;
}

export const ocrCachePath = (name: string): string => path.join(OCR_DIR, `${name}.json`);

/** The cached result for this PNG under the current OCR, or null when absent or stale. */
export function readOcrCache(name: string, png: Uint8Array): OcrResult | null {
  const file = ocrCachePath(name);
  if (!fs.existsSync(file)) return null;
  const entry = cacheEntrySchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!entry.success || entry.data.png !== sha256(png) || entry.data.ocr !== ocrFingerprint()) return null;
  return entry.data.result;
}

export function writeOcrCache(name: string, png: Uint8Array, result: OcrResult): void {
  fs.mkdirSync(OCR_DIR, { recursive: true });
  const entry = { png: sha256(png), ocr: ocrFingerprint(), result };
  fs.writeFileSync(ocrCachePath(name), `${JSON.stringify(entry)}\n`);
}
