import type { PreparedImage } from "@/lib/ocr/prepare-image";
import { rereadSpans, type Span, spanOfWords } from "@/lib/ocr/reread-spans";
import type { OcrLine } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * Words tesseract was nearly sure it could not read. On screenshots the usual cause is layout,
 * not pixels: an amount centred beside a title and a subtitle is read as part of the subtitle's
 * line, on the wrong baseline, and comes back as noise (`FasL Rene` for `−RM 197.30`, at
 * confidence 5–10). Cut out on its own the same text reads cleanly, so runs of such words are
 * read once more, each as a line of its own (reread-spans.ts), and kept where that is surer.
 */

/** Words under this confidence are candidates: clean text reads at 85–97, noise at 0–40. */
export const GARBLED_BELOW = 50;
/** Spans with fewer characters than this are left alone (a stray mark, an icon's letter). */
const MIN_SPAN_CHARS = 3;
/** Text shorter than this (in prepared pixels) is too small to gain from being cut out. */
const MIN_HEIGHT = 10;
/**
 * At most this many runs per page, the tallest first: big text is the amounts and titles that
 * matter, and on a noisy scan, where every line has garbled specks, a second look at them all
 * costs a second or more and reads no better than the first.
 */
const MAX_SPANS = 6;
/** The second reading must beat the first by this much and be this sure. */
const MIN_GAIN = 20;
const MIN_CONFIDENCE = 60;

/** Per line, every run of consecutive garbled words with enough characters to matter. */
export function garbledSpans(lines: readonly OcrLine[], scale: number): Span[] {
  const spans: Span[] = [];
  lines.forEach((line, lineIndex) => {
    let start = -1;
    const close = (end: number) => {
      const first = start;
      const words = line.words.slice(first, end + 1);
      start = -1;
      const chars = words.reduce((sum, word) => sum + Array.from(word.text).length, 0);
      const span = spanOfWords(line, lineIndex, first, end, scale);
      if (chars < MIN_SPAN_CHARS || span.y1 - span.y0 < MIN_HEIGHT) return;
      spans.push(span);
    };
    line.words.forEach((word, index) => {
      const garbled = word.confidence < GARBLED_BELOW;
      if (garbled && start < 0) start = index;
      if (!garbled && start >= 0) close(index - 1);
    });
    if (start >= 0) close(line.words.length - 1);
  });
  return spans;
}

export function tallestFirst(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => b.y1 - b.y0 - (a.y1 - a.y0));
}

export interface RereadGarbledOptions {
  pool: OcrPool;
  image: PreparedImage;
  langs: string;
  lines: OcrLine[];
}

/** The lines with their garbled runs replaced where reading them alone is surer. */
export async function rereadGarbledText(options: RereadGarbledOptions): Promise<OcrLine[]> {
  return rereadSpans({
    ...options,
    spans: tallestFirst(garbledSpans(options.lines, options.image.scale)).slice(0, MAX_SPANS),
    stretchX: 1,
    minGain: MIN_GAIN,
    minConfidence: MIN_CONFIDENCE,
  });
}
