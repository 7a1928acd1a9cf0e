import type { PreparedImage } from "@/lib/ocr/prepare-image";
import { rereadSpans, type Span } from "@/lib/ocr/reread-spans";
import type { OcrLine, OcrWord } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * Half-width katakana (ﾐﾂｲｽﾐﾄﾓ ｶ-ﾄﾞ, as Japanese banks print payees) are glyphs half as wide as
 * the katakana the jpn model learnt; it reads them as noise. Stretched to twice their width they
 * are ordinary katakana to it. So the words of a line that came back with low confidence and are
 * not amounts or dates are cut out, stretched 2× horizontally, stacked into one small image, read
 * once more, and kept where the second reading is the surer one.
 */

/** Runs read below this mean confidence are candidates; the jpn model reads clean text at 85–97. */
export const REREAD_BELOW = 75;
/** Spans with fewer characters than this are left alone (a stray icon, a lone misread). */
const MIN_SPAN_CHARS = 2;
/** The second reading must beat the first by this much (confidence points) to replace it. */
const MIN_GAIN = 10;
export const STRETCH_X = 2;

/** Amounts, dates and times look alike in every script and read well: never re-read them. */
const NUMERIC = /^[\d\s.,:/\\¥$+\-–−()%円]+$/u;
const NUMBER_SHAPE = /\d{3}|[.,:/]/u;

/**
 * An amount, date or time read with confidence ends a run of text. A lone low-confidence digit
 * inside a run is more often a misread kana (ﾌ as 7, ｳ as 9) and stays in it.
 */
function isSureNumber(word: OcrWord): boolean {
  return NUMERIC.test(word.text) && word.confidence >= REREAD_BELOW + 10 && NUMBER_SHAPE.test(word.text);
}

/**
 * Per line, the run of words between amounts and dates (the payee, the description) when it was
 * read with low confidence on average; the longest such run when there are several.
 */
export function uncertainSpans(lines: readonly OcrLine[], scale: number): Span[] {
  const spans: Span[] = [];
  lines.forEach((line, lineIndex) => {
    let best: Span | null = null;
    let start = -1;
    const close = (end: number) => {
      const words = line.words.slice(start, end + 1);
      const chars = words.reduce((sum, word) => sum + Array.from(word.text).length, 0);
      const confidence = words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
      const longer = !best || end - start > best.last - best.first;
      if (chars >= MIN_SPAN_CHARS && confidence < REREAD_BELOW && longer) {
        best = {
          lineIndex,
          first: start,
          last: end,
          x0: Math.min(...words.map((word) => word.box.x0)) * scale,
          y0: Math.min(...words.map((word) => word.box.y0), line.box.y0) * scale,
          x1: Math.max(...words.map((word) => word.box.x1)) * scale,
          y1: Math.max(...words.map((word) => word.box.y1), line.box.y1) * scale,
          confidence,
        };
      }
      start = -1;
    };
    line.words.forEach((word, index) => {
      const text = !isSureNumber(word);
      if (text && start < 0) start = index;
      if (!text && start >= 0) close(index - 1);
    });
    if (start >= 0) close(line.words.length - 1);
    if (best) spans.push(best);
  });
  return spans;
}

/** `カート~` → `カード`: the stretched dakuten ゛ and handakuten ゜ come back as marks of their own. */
export function joinSoundMarks(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Katakana}\p{Script=Hiragana}])[~"゛ﾞ″”]/gu, "\u3099")
    .replace(/(?<=[\p{Script=Katakana}\p{Script=Hiragana}])[°゜ﾟ]/gu, "\u309A")
    .normalize("NFC")
    .replace(/[\u3099\u309A]/gu, "");
}

const SOUND_MARK_ALONE = /^[~"゛ﾞ″”°゜ﾟ]$/u;

/** A sound mark read as a word of its own joins the kana before it (ト + ~ → ド). */
export function attachSoundMarks(words: readonly OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    if (previous && SOUND_MARK_ALONE.test(word.text)) {
      out[out.length - 1] = {
        ...previous,
        text: joinSoundMarks(previous.text + word.text),
        box: { ...previous.box, x1: Math.max(previous.box.x1, word.box.x1) },
      };
    } else {
      out.push({ ...word, text: joinSoundMarks(word.text) });
    }
  }
  return out;
}

export interface RereadOptions {
  pool: OcrPool;
  image: PreparedImage;
  langs: string;
  lines: OcrLine[];
}

/** The lines with their uncertain spans replaced where the stretched reading is surer. */
export async function rereadNarrowText(options: RereadOptions): Promise<OcrLine[]> {
  return rereadSpans({
    ...options,
    spans: uncertainSpans(options.lines, options.image.scale),
    stretchX: STRETCH_X,
    minGain: MIN_GAIN,
    tidy: attachSoundMarks,
  });
}
