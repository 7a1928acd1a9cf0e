/**
 * The SROIE 2019 training receipts (../shared/datasets/sroie-train, or $SROIE_DIR) as the
 * benchmarks read them: images, the challenge's labels, its ground-truth OCR lines turned into
 * the app's OcrResult, our own OCR of each image (cached on disk), a fixed tune/report split and
 * a scorer that follows the dataset's README.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { extractDocument } from "@/lib/extract/local/local-extractor";
import type { Receipt } from "@/lib/extract/schema";
import { type OcrLine, type OcrResult, type OcrWord, ocrResultSchema } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";
import { root } from "./fixtures";
import { OCR_SETTINGS, runOurs } from "./ocr";

/** The four fields the challenge labels. */
export const SROIE_FIELDS = ["company", "date", "address", "total"] as const;
export type SroieField = (typeof SROIE_FIELDS)[number];
export type SroieLabels = Record<SroieField, string>;

/** The tuning part (look at it, tune on it) and the report part (figures only). */
export type SroiePart = "tune" | "report";

export interface SroieReceipt {
  file: string;
  imagePath: string;
  labels: SroieLabels;
  /** Delivered image size. */
  width: number;
  height: number;
  /** Ground-truth box coordinates × boxScale = delivered image pixels. */
  boxScale: number;
  part: SroiePart;
}

/** Where the dataset is: $SROIE_DIR, else next to the repository in ../shared/datasets. */
export function sroieDir(): string {
  return process.env.SROIE_DIR ?? path.resolve(root, "..", "shared", "datasets", "sroie-train");
}

/** Changing this would reshuffle the split and leak report receipts into tuning: never change it. */
const SPLIT_SEED = "sukusho-sroie-split-1";
/** Share of receipts in the tuning part. */
const TUNE_SHARE = 0.6;

/** The part a file belongs to, from a seeded hash of its name: stable whatever else changes. */
export function sroiePartOf(file: string): SroiePart {
  const digest = createHash("sha256").update(`${SPLIT_SEED}:${file}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TUNE_SHARE ? "tune" : "report";
}

const manifestSchema = (raw: unknown) => raw as Array<{ file: string; delivered: [number, number]; boxScale: number }>;

/** Every receipt of the dataset (or of one part), sorted by file name. */
export function loadSroie(part?: SroiePart): SroieReceipt[] {
  const dir = sroieDir();
  if (!fs.existsSync(path.join(dir, "labels.json"))) {
    throw new Error(`SROIE data not found in ${dir}: set SROIE_DIR to the sroie-train folder.`);
  }
  const labels = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8")) as Record<string, SroieLabels>;
  const manifest = manifestSchema(JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")));
  return manifest
    .filter((m) => labels[m.file])
    .map((m) => ({
      file: m.file,
      imagePath: path.join(dir, "images", m.file),
      labels: labels[m.file] as SroieLabels,
      width: m.delivered[0],
      height: m.delivered[1],
      boxScale: m.boxScale,
      part: sroiePartOf(m.file),
    }))
    .filter((r) => part === undefined || r.part === part)
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * One line of the challenge's box CSV as an OCR line: its text split into words, each word's
 * box a share of the line's box proportional to its characters (the CSV has no word boxes).
 */
export function boxLineToOcr(csvLine: string, scale: number): OcrLine | null {
  const parts = csvLine.split(",");
  if (parts.length < 9) return null;
  const coords = parts.slice(0, 8).map(Number);
  if (coords.some((n) => !Number.isFinite(n))) return null;
  const text = parts.slice(8).join(",").trim();
  if (text === "") return null;
  const xs = [coords[0], coords[2], coords[4], coords[6]].map((n) => (n ?? 0) * scale);
  const ys = [coords[1], coords[3], coords[5], coords[7]].map((n) => (n ?? 0) * scale);
  const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  const perChar = (box.x1 - box.x0) / Math.max(1, text.length);
  const words: OcrWord[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    words.push({
      text: m[0],
      confidence: 95,
      box: { x0: box.x0 + m.index * perChar, y0: box.y0, x1: box.x0 + (m.index + m[0].length) * perChar, y1: box.y1 },
    });
  }
  return { text: words.map((w) => w.text).join(" "), confidence: 95, box, words };
}

/** The challenge's ground-truth OCR of a receipt, in the delivered image's pixels. */
export function groundTruthOcr(receipt: SroieReceipt): OcrResult {
  const csv = fs.readFileSync(path.join(sroieDir(), "boxes", receipt.file.replace(/\.jpg$/i, ".csv")), "utf8");
  const lines = csv
    .split(/\r?\n/)
    .map((l) => boxLineToOcr(l, receipt.boxScale))
    .filter((l): l is OcrLine => l !== null)
    .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  return {
    width: receipt.width,
    height: receipt.height,
    text: lines.map((l) => l.text).join("\n"),
    confidence: 95,
    lines,
  };
}

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * What our OCR output depends on: the pool's settings and the OCR code itself (lib/ocr, tests
 * aside). A change to either makes every cached reading stale, so it is read again.
 */
export function ocrFingerprint(): string {
  const dir = path.join(root, "lib", "ocr");
  const sources = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => `${f}\n${fs.readFileSync(path.join(dir, f), "utf8")}`);
  return sha256(JSON.stringify(OCR_SETTINGS) + sources.join("\n")).slice(0, 16);
}

/** The cache of our OCR readings (corpus/ is not committed); `SROIE_OCR_DIR` keeps a trial of other OCR code apart. */
export const ocrCacheDir = process.env.SROIE_OCR_DIR
  ? path.resolve(process.env.SROIE_OCR_DIR)
  : path.join(root, "corpus", "sroie-ocr");

/** The image as the app stores an upload: re-encoded as PNG, orientation applied. */
export async function asStoredPng(imagePath: string): Promise<Buffer> {
  return sharp(fs.readFileSync(imagePath)).rotate().png().toBuffer();
}

/** The cache file of a receipt's reading under the current OCR fingerprint. */
export function ocrCachePath(receipt: SroieReceipt, fingerprint = ocrFingerprint()): string {
  return path.join(ocrCacheDir, `${sha256(fs.readFileSync(receipt.imagePath)).slice(0, 24)}-${fingerprint}.json`);
}

/** Our cached OCR of a receipt, or null when it was never read under the current settings. */
export function cachedOcr(receipt: SroieReceipt, fingerprint = ocrFingerprint()): OcrResult | null {
  const file = ocrCachePath(receipt, fingerprint);
  if (!fs.existsSync(file)) return null;
  return ocrResultSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/**
 * The newest cached reading of a receipt under any OCR fingerprint, with that fingerprint: for
 * tuning the extractor while the OCR code is still changing (say which one the figures used).
 */
export function latestCachedOcr(receipt: SroieReceipt): { ocr: OcrResult; fingerprint: string } | null {
  if (!fs.existsSync(ocrCacheDir)) return null;
  const prefix = path.basename(ocrCachePath(receipt, "")).replace(/\.json$/, "");
  const newest = fs
    .readdirSync(ocrCacheDir)
    .filter((f) => f.startsWith(prefix))
    .map((f) => ({ f, mtime: fs.statSync(path.join(ocrCacheDir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)[0];
  if (!newest) return null;
  const ocr = ocrResultSchema.parse(JSON.parse(fs.readFileSync(path.join(ocrCacheDir, newest.f), "utf8")));
  return { ocr, fingerprint: newest.f.slice(prefix.length, -".json".length) };
}

/** Our OCR of a receipt: from the cache, else read with the app's pool and cached. */
export async function ourOcr(pool: OcrPool, receipt: SroieReceipt, fingerprint = ocrFingerprint()): Promise<OcrResult> {
  const cached = cachedOcr(receipt, fingerprint);
  if (cached) return cached;
  const { result } = await runOurs(pool, await asStoredPng(receipt.imagePath));
  fs.mkdirSync(ocrCacheDir, { recursive: true });
  fs.writeFileSync(ocrCachePath(receipt, fingerprint), JSON.stringify(result));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Scoring, as the dataset's README says.

/** Spaces collapsed, trimmed, upper case: how company and address are compared. */
export function normaliseName(text: string): string {
  return text.replace(/\s+/g, " ").trim().toUpperCase();
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/**
 * A label date as ISO, or null. Labels are day-first (`25/12/2018`, `20-11-17`, `13 MAR 2018`,
 * `2018-03-13`), but a label keeps what was printed around the date: brackets (`(06/12/2016)`),
 * a weekday before it (`TUE 13/03/2018`), a time after it. Month names may also come first
 * (`MAR 13, 2018`), and a date may be printed without separators (`20180313`, `13032018`).
 */
export function labelDateIso(label: string): string | null {
  const text = label.trim().toUpperCase();
  const iso = (y: number, m: number, d: number) =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31
      ? `${y < 100 ? 2000 + y : y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
      : null;
  const month = (name: string | undefined) => MONTHS.indexOf((name ?? "").slice(0, 3)) + 1;
  let m = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /(?<!\d)(\d{1,2})[\s/.-]*([A-Z]{3,9})[\s/.,-]*(\d{4}|\d{2})(?!\d)/.exec(text);
  if (m && month(m[2]) > 0) return iso(Number(m[3]), month(m[2]), Number(m[1]));
  m = /\b([A-Z]{3,9})[\s/.-]*(\d{1,2})(?:ST|ND|RD|TH)?[\s/.,-]+(\d{4}|\d{2})(?!\d)/.exec(text);
  if (m && month(m[1]) > 0) return iso(Number(m[3]), month(m[1]), Number(m[2]));
  m = /(?<!\d)(\d{8})(?!\d)/.exec(text);
  if (m?.[1]) {
    const digits = m[1];
    const yearFirst = iso(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6)));
    const dayFirst = iso(Number(digits.slice(4)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)));
    return digits.startsWith("20") ? (yearFirst ?? dayFirst) : (dayFirst ?? yearFirst);
  }
  return null;
}

/** A label total (`RM9.00`, `9.00`, `1,234.50`) as a number, or null. */
export function labelTotal(label: string): number | null {
  const digits = label.replace(/[^\d.,]/g, "").replace(/,(?=\d{3}\b)/g, "");
  const value = Number(digits.replace(",", "."));
  return digits !== "" && Number.isFinite(value) ? value : null;
}

/** What the extractor said for each field, as text (null when missing). */
export function predictedFields(receipt: Receipt): Record<SroieField, string | null> {
  return {
    company: receipt.merchant.value,
    date: receipt.date.value,
    address: receipt.address.value,
    total: receipt.total.value === null ? null : receipt.total.value.toFixed(2),
  };
}

/** Whether a predicted value matches its label under the README's normalisation. */
export function fieldMatches(field: SroieField, predicted: string | null, label: string): boolean {
  if (predicted === null) return false;
  switch (field) {
    case "company":
    case "address":
      return normaliseName(predicted) === normaliseName(label);
    case "date":
      return predicted === labelDateIso(label);
    case "total": {
      const want = labelTotal(label);
      return want !== null && Math.abs(Number(predicted) - want) < 0.005;
    }
  }
}

/**
 * The challenge's own rule: the string equals the label after trimming. Our date is ISO and our
 * total a number, so those are rendered as the label writes them (its separators, its year
 * length) before comparing; company and address are compared as given.
 */
export function fieldMatchesExactly(field: SroieField, predicted: string | null, label: string): boolean {
  if (predicted === null) return false;
  if (field === "company" || field === "address") return predicted.trim() === label.trim();
  return fieldMatches(field, predicted, label);
}

/** The normalised word set of a text, for the OCR ceiling. */
function words(text: string): string[] {
  return normaliseName(text)
    .split(/[\s,.]+/)
    .filter((w) => w !== "");
}

/**
 * Whether the label can be found in an OCR text at all (the ceiling for any extractor on it):
 * company ≥ 90% of its words present, address ≥ 80%, total's digits present, the date's digits
 * or month name present.
 */
export function labelFindable(field: SroieField, label: string, ocrText: string): boolean {
  const present = new Set(words(ocrText));
  const share = (t: string) => {
    const w = words(t);
    return w.length === 0 ? 0 : w.filter((x) => present.has(x)).length / w.length;
  };
  const compact = ocrText.replace(/[\s,]/g, "");
  switch (field) {
    case "company":
      return share(label) >= 0.9;
    case "address":
      return share(label) >= 0.8;
    case "total": {
      const want = labelTotal(label);
      return want !== null && compact.includes(want.toFixed(2));
    }
    case "date":
      return compact.toUpperCase().includes(label.replace(/\s/g, "").toUpperCase());
  }
}

/** The upload time the extractor is given: after every receipt of the set (2017–2018). */
export const SROIE_REFERENCE_DATE = new Date("2019-06-01T00:00:00Z");

/** One receipt read by the local extractor and scored against its labels. */
export interface SroieScore {
  kind: string;
  predicted: Record<SroieField, string | null>;
  right: Record<SroieField, boolean>;
  exact: Record<SroieField, boolean>;
  /** The label can be found in the OCR text at all. */
  findable: Record<SroieField, boolean>;
}

/** Runs the local extractor as the app does (kind detected) on an OCR of the receipt and scores it. */
export function scoreSroie(receipt: SroieReceipt, ocr: OcrResult, now: Date): SroieScore {
  const document = extractDocument(ocr, { now });
  const predicted =
    document.kind === "receipt" ? predictedFields(document) : { company: null, date: null, address: null, total: null };
  const per = <T>(f: (field: SroieField) => T) =>
    Object.fromEntries(SROIE_FIELDS.map((field) => [field, f(field)])) as Record<SroieField, T>;
  return {
    kind: document.kind,
    predicted,
    right: per((field) => fieldMatches(field, predicted[field], receipt.labels[field])),
    exact: per((field) => fieldMatchesExactly(field, predicted[field], receipt.labels[field])),
    findable: per((field) => labelFindable(field, receipt.labels[field], ocr.text)),
  };
}
