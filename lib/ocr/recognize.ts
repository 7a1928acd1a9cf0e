import type Tesseract from "tesseract.js";
import { abortable } from "@/lib/async/abortable";
import { Limiter } from "@/lib/async/limiter";
import { chooseLanguages, everyScript } from "@/lib/ocr/choose-languages";
import { latinLanguageOf } from "@/lib/ocr/latin-language";
import { rereadOffBaselineText } from "@/lib/ocr/off-baseline";
import { pageToLines } from "@/lib/ocr/page-to-lines";
import { prepareImage, type ScannedImage, toPgm } from "@/lib/ocr/prepare-image";
import { rereadGarbledText } from "@/lib/ocr/reread-garbled";
import { rereadNarrowText } from "@/lib/ocr/reread-narrow";
import { sampleImage } from "@/lib/ocr/sample-lines";
import { countScriptsOfWords } from "@/lib/ocr/script-counts";
import { splitStrips } from "@/lib/ocr/split-strips";
import type { OcrLine, OcrResult } from "@/lib/ocr/types";
import { type OcrPool, splitLangs } from "@/lib/ocr/worker-pool";

/** One finished region of the image, reported as soon as its strip is read. */
export interface OcrRegion {
  index: number;
  count: number;
  /** In pixels of the normalised image. */
  top: number;
  height: number;
  lines: OcrLine[];
  text: string;
  confidence: number;
}

export interface RecognizeOptions {
  pool: OcrPool;
  /** The normalised PNG. */
  image: Buffer;
  stripMinHeight: number;
  /** Read with these languages (`a+b`) instead of choosing them from a sample of the image. */
  langs?: string;
  /** Re-read uncertain runs of Japanese pages stretched (half-width katakana); default true. */
  rereadNarrow?: boolean;
  /**
   * Re-read runs of words read as noise, then runs read on another line's baseline, each cut out
   * on its own (reread-garbled.ts, off-baseline.ts); default true.
   */
  rereadGarbled?: boolean;
  /** tesseract's page segmentation for the page (not the sample); default the pool's (6). */
  pageSegMode?: Tesseract.PSM;
  /** 0 to 1 for the whole image: each strip weighs its height. */
  onProgress?: (progress: number) => void;
  onRegion?: (region: OcrRegion) => void;
  /** The page's size (normalised image pixels) and its strips, once cut: before any strip is read. */
  onLayout?: (layout: { width: number; height: number; strips: number }) => void;
  /**
   * Stops the reading (the extraction it runs beside failed): the call rejects with the
   * signal's reason at once, and no strip is sent to the pool after it. The pool cannot take
   * back a strip it already holds (one per recognition slot); its result is dropped.
   */
  signal?: AbortSignal;
}

/** Share of the progress bar the sample read takes (it reads ~10 lines, the page many more). */
const SAMPLE_PROGRESS = 0.1;
/** Sample words below this confidence are noise (icons, other scripts' glyphs) for the choice. */
const SAMPLE_MIN_CONFIDENCE = 50;

/**
 * Reads a screenshot: prepares it, chooses its languages from a sample of its lines, cuts tall
 * ones into strips at blank rows, recognises the strips in parallel on the pool, and returns
 * every line in the normalised image's coordinates.
 */
export async function recognizeScreenshot(options: RecognizeOptions): Promise<OcrResult> {
  return abortable(readScreenshot(options), options.signal);
}

async function readScreenshot(options: RecognizeOptions): Promise<OcrResult> {
  const { signal } = options;
  const prepared = await prepareImage(options.image);
  const langs =
    options.langs ??
    (await chooseImageLanguages(options.pool, prepared, (progress) =>
      options.onProgress?.(progress * SAMPLE_PROGRESS),
    ));
  signal?.throwIfAborted();
  const offset = options.langs ? 0 : SAMPLE_PROGRESS;
  const strips = splitStrips(prepared.blank, {
    minHeight: options.stripMinHeight * prepared.scale,
  });
  options.onLayout?.({
    width: Math.round(prepared.width / prepared.scale),
    height: Math.round(prepared.height / prepared.scale),
    strips: strips.length,
  });
  const done = new Array<number>(strips.length).fill(0);
  const report = () => {
    const total = done.reduce((sum, value, i) => {
      const strip = strips[i];
      return strip ? sum + value * (strip.bottom - strip.top) : sum;
    }, 0);
    const weight = strips.reduce((sum, strip) => sum + (strip.bottom - strip.top), 0);
    options.onProgress?.(offset + (1 - offset) * Math.min(1, total / weight));
  };

  // A strip holds its place until its second looks (the re-reads) are done too: sent all at
  // once, every strip's re-read would queue behind the last strip, and no region would be
  // final before all were read. One strip at a time per recognition slot, each region is
  // reported as soon as it is read, and an extraction beside OCR starts on it (docs/pipelining.md).
  const slots = new Limiter("ocr-strips", Math.max(1, options.pool.size));
  const regions = await Promise.all(
    strips.map((strip, index) =>
      slots.run(async () => {
        signal?.throwIfAborted();
        const page = await options.pool.recognize({
          image: toPgm(prepared, strip.top, strip.bottom),
          langs,
          pageSegMode: options.pageSegMode,
          onProgress: (progress) => {
            done[index] = progress;
            report();
          },
        });
        done[index] = 1;
        report();
        signal?.throwIfAborted();
        const read = pageToLines(page, { ...strip, scale: prepared.scale });
        // Only Japanese writes half-width kana; other pages do not pay for the second look.
        const narrowRead =
          options.rereadNarrow !== false && splitLangs(langs).includes("jpn")
            ? await rereadNarrowText({ pool: options.pool, image: prepared, langs, lines: read })
            : read;
        const lines =
          options.rereadGarbled !== false
            ? await rereadOffBaselineText({
                pool: options.pool,
                image: prepared,
                langs,
                lines: await rereadGarbledText({ pool: options.pool, image: prepared, langs, lines: narrowRead }),
              })
            : narrowRead;
        const region: OcrRegion = {
          index,
          count: strips.length,
          top: Math.round(strip.coreTop / prepared.scale),
          height: Math.max(1, Math.round((strip.coreBottom - strip.coreTop) / prepared.scale)),
          lines,
          text: lines.map((line) => line.text).join("\n"),
          confidence: meanConfidence(lines),
        };
        options.onRegion?.(region);
        return region;
      }),
    ),
  );

  const lines = regions.flatMap((region) => region.lines);
  return {
    width: Math.round(prepared.width / prepared.scale),
    height: Math.round(prepared.height / prepared.scale),
    text: lines.map((line) => line.text).join("\n"),
    confidence: meanConfidence(lines),
    lines,
    languages: langs,
  };
}

/**
 * Languages the sample is read with: jpn and kor between them tell every script apart (kana and
 * kanji from jpn, Hangul from kor, Latin from both; Han without kana is Chinese), at half the
 * cost of all four models. Without them, whatever is allowed.
 */
export function sampleLanguages(allowed: readonly string[]): string {
  const readers = ["jpn", "kor"].filter((lang) => allowed.includes(lang));
  return (readers.length > 0 ? readers : allowed).join("+");
}

/**
 * Reads a few lines of the image and picks the language set its scripts call for. With one
 * language allowed there is nothing to choose.
 */
async function chooseImageLanguages(
  pool: OcrPool,
  prepared: ScannedImage,
  onProgress: (progress: number) => void,
): Promise<string> {
  const allowed = pool.languages;
  const sample = allowed.length > 1 ? sampleImage(prepared) : null;
  if (!sample) return everyScript(allowed);
  const page = await pool.recognize({ image: sample, langs: sampleLanguages(allowed), onProgress });
  const confident = (page.blocks ?? [])
    .flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)))
    .filter((word) => word.confidence >= SAMPLE_MIN_CONFIDENCE)
    .map((word) => word.text);
  return chooseLanguages(countScriptsOfWords(confident), allowed, latinLanguageOf(confident));
}

function meanConfidence(lines: OcrLine[]): number {
  const words = lines.flatMap((line) => line.words);
  if (words.length === 0) return 0;
  return Math.round((words.reduce((sum, word) => sum + word.confidence, 0) / words.length) * 10) / 10;
}
