/**
 * The corpus OCR cache: `corpus/ocr/<name>.json` holds a PNG's OcrResult under a key of the
 * PNG's sha256 and a fingerprint of the OCR settings (workers, languages, tessdata, strip height,
 * tesseract.js version), so that a regenerated image or changed settings make the entry stale.
 * The app's OCR code (lib/ocr) changes often while it is being worked on; re-OCRing 300 images
 * after every edit would make the cache useless, so the code's hash is recorded in each entry
 * (`source`) rather than keyed on: `npm run corpus:ocr` reports entries made by other code, and
 * `npm run corpus:ocr -- --force` redoes them.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { OCR_SETTINGS } from "@/bench/support/ocr";
import { type OcrResult, ocrResultSchema } from "@/lib/ocr/types";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const CORPUS_ROOT = path.join(ROOT, "corpus");
/** `CORPUS_OCR_DIR` keeps a trial of other OCR code beside the cache everyone else reads. */
export const OCR_DIR = process.env.CORPUS_OCR_DIR
  ? path.resolve(process.env.CORPUS_OCR_DIR)
  : path.join(CORPUS_ROOT, "ocr");

const cacheEntrySchema = z.object({
  png: z.string(),
  ocr: z.string(),
  /** Hash of lib/ocr's source when the entry was made; null when unknown. */
  source: z.string().nullable().default(null),
  result: ocrResultSchema,
});
export type OcrCacheEntry = z.infer<typeof cacheEntrySchema>;

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

let fingerprint: string | undefined;
let sourceHash: string | undefined;

/** OCR settings + tesseract.js version: the part of the cache key that is not the image. */
export function ocrFingerprint(): string {
  if (fingerprint) return fingerprint;
  const tesseract = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/tesseract.js/package.json"), "utf8"));
  fingerprint = sha256(JSON.stringify({ settings: OCR_SETTINGS, tesseract: tesseract.version })).slice(0, 16);
  return fingerprint;
}

/** A hash of lib/ocr's source (non-test files): which OCR code made an entry. */
export function ocrSourceHash(): string {
  if (sourceHash) return sourceHash;
  const ocrDir = path.join(ROOT, "lib/ocr");
  const sources = fs
    .readdirSync(ocrDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => `${f}\n${fs.readFileSync(path.join(ocrDir, f), "utf8")}`);
  sourceHash = sha256(sources.join("\n")).slice(0, 16);
  return sourceHash;
}

export const ocrCachePath = (name: string): string => path.join(OCR_DIR, `${name}.json`);

/** The cache entry for this PNG under the current OCR settings, or null when absent or stale. */
export function readOcrCacheEntry(name: string, png: Uint8Array): OcrCacheEntry | null {
  const file = ocrCachePath(name);
  if (!fs.existsSync(file)) return null;
  const entry = cacheEntrySchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!entry.success || entry.data.png !== sha256(png) || entry.data.ocr !== ocrFingerprint()) return null;
  return entry.data;
}

/** The cached OcrResult for this PNG under the current OCR settings, or null. */
export function readOcrCache(name: string, png: Uint8Array): OcrResult | null {
  return readOcrCacheEntry(name, png)?.result ?? null;
}

export function writeOcrCache(name: string, png: Uint8Array, result: OcrResult): void {
  fs.mkdirSync(OCR_DIR, { recursive: true });
  const entry: OcrCacheEntry = { png: sha256(png), ocr: ocrFingerprint(), source: ocrSourceHash(), result };
  fs.writeFileSync(ocrCachePath(name), `${JSON.stringify(entry)}\n`);
}
