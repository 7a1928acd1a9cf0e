import type { PreparedImage } from "@/lib/ocr/prepare-image";
import { tallestFirst } from "@/lib/ocr/reread-garbled";
import { rereadSpans, type Span, spanOfWords } from "@/lib/ocr/reread-spans";
import type { OcrLine, OcrWord } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * Words read on another line's baseline. A list row with a title, a sub-line and an amount
 * centred between the two is one line to tesseract's layout analysis: the amount joins the
 * sub-line, and read on the sub-line's baseline its digits come out wrong at a middling
 * confidence (`MYR 71-55` at 73 for `−MYR 71.95`, `206-00` at 84 for `266.00`), too sure for
 * the garbled-word pass (reread-garbled.ts). Cut out alone, the same pixels read right. Such a run
 * shows in the word boxes: its words' vertical centre jumps away from the words before it and
 * back (or to the line's end), while a skewed scan's words drift a little from word to word.
 *
 * Read in a recognition of their own, after the garbled words' (reread-garbled.ts): stacked with
 * those, crops that each read right alone came back as noise (`81,70 €` at 0), because
 * tesseract reads a stack of crops as one page.
 */

/** A jump of the word centre by more than this share of the line's word height starts a run. */
const JUMP = 0.6;
/** Marks lower than this share of the word height (a colon, a dot, a dash) follow their neighbours. */
const MARK_HEIGHT = 0.5;
/** Runs with fewer characters are left alone (an avatar's letter read as `=`). */
const MIN_SPAN_CHARS = 3;
/** Nor runs shorter than this in prepared pixels: a scan's specks, too small to read alone. */
const MIN_HEIGHT = 10;
/** At most this many runs a page: a wallet's screen has 6–10 rows, each with its amount between two lines. */
const MAX_SPANS = 12;
/**
 * The second reading must beat the first by this much and be this sure: less than the garbled
 * words' 20, because the first reading here is not noise but wrong digits at 60–85.
 */
const MIN_GAIN = 5;
const MIN_CONFIDENCE = 60;

const centre = (word: OcrWord) => (word.box.y0 + word.box.y1) / 2;
const height = (word: OcrWord) => word.box.y1 - word.box.y0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The line's words cut into runs of one baseline: [first, last] index pairs. */
function baselineRuns(words: readonly OcrWord[]): Array<[number, number]> {
  const wordHeight = median(words.map(height));
  const runs: Array<[number, number]> = [];
  let start = 0;
  let level: number | undefined;
  words.forEach((word, index) => {
    if (height(word) < wordHeight * MARK_HEIGHT) return;
    if (level !== undefined && Math.abs(centre(word) - level) > wordHeight * JUMP) {
      runs.push([start, index - 1]);
      start = index;
    }
    level = centre(word);
  });
  runs.push([start, words.length - 1]);
  return runs;
}

const charsOf = (words: readonly OcrWord[]) => words.reduce((sum, word) => sum + Array.from(word.text).length, 0);

/**
 * Per line, every run of words off the baseline of the line's longest run, in the prepared
 * image's pixels (`scale`): the candidates for a second look.
 */
export function offBaselineSpans(lines: readonly OcrLine[], scale: number): Span[] {
  const spans: Span[] = [];
  lines.forEach((line, lineIndex) => {
    const runs = baselineRuns(line.words);
    if (runs.length < 2) return;
    const longest = runs.reduce((best, run) =>
      charsOf(line.words.slice(run[0], run[1] + 1)) > charsOf(line.words.slice(best[0], best[1] + 1)) ? run : best,
    );
    for (const [first, last] of runs) {
      if (first === longest[0]) continue;
      if (charsOf(line.words.slice(first, last + 1)) < MIN_SPAN_CHARS) continue;
      const span = spanOfWords(line, lineIndex, first, last, scale);
      if (span.y1 - span.y0 >= MIN_HEIGHT) spans.push(span);
    }
  });
  return spans;
}

export interface RereadOffBaselineOptions {
  pool: OcrPool;
  image: PreparedImage;
  langs: string;
  lines: OcrLine[];
}

/** The lines with their off-baseline runs replaced where reading them alone is surer. */
export async function rereadOffBaselineText(options: RereadOffBaselineOptions): Promise<OcrLine[]> {
  return rereadSpans({
    ...options,
    spans: tallestFirst(offBaselineSpans(options.lines, options.image.scale)).slice(0, MAX_SPANS),
    stretchX: 1,
    minGain: MIN_GAIN,
    minConfidence: MIN_CONFIDENCE,
  });
}
