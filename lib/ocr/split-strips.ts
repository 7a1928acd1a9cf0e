/**
 * Where to cut a tall screenshot into horizontal strips that OCR can read in parallel.
 * A cut goes through blank rows (between lines of text), so no line is ever split; only when
 * a long stretch has no blank band at all (a photo, a dense table) does it fall back to
 * overlapping strips, and then each word is kept by the strip whose core holds its centre.
 */

export interface Strip {
  /** First row of the strip (inclusive). */
  top: number;
  /** Row after the last (exclusive). */
  bottom: number;
  /** The rows this strip is responsible for; words centred outside belong to a neighbour. */
  coreTop: number;
  coreBottom: number;
}

export interface SplitOptions {
  /** Strips are at least this tall, except a short image which stays whole. */
  minHeight: number;
  /** Blank bands shorter than this are not trusted as gaps between text lines. */
  minGap?: number;
  /** How far strips overlap when no blank band can be found. */
  overlap?: number;
}

const DEFAULT_MIN_GAP = 6;

/** Finds the middle of the blank run in [from, to) closest to `from`, at least minGap long. */
function findBlankCut(blank: boolean[], from: number, to: number, minGap: number): number | null {
  let runStart = -1;
  for (let y = from; y < to; y++) {
    if (blank[y]) {
      if (runStart < 0) runStart = y;
      const runLength = y - runStart + 1;
      const runEnds = y + 1 >= to || !blank[y + 1];
      if (runEnds && runLength >= minGap) return runStart + Math.floor(runLength / 2);
      if (runEnds) runStart = -1;
    }
  }
  return null;
}

/**
 * Splits rows 0..blank.length into strips. `blank[y]` says whether row y holds no text.
 * Images shorter than twice `minHeight` stay in one strip: cutting them costs more than it saves.
 */
export function splitStrips(blank: boolean[], options: SplitOptions): Strip[] {
  const height = blank.length;
  const { minHeight } = options;
  const minGap = options.minGap ?? DEFAULT_MIN_GAP;
  const overlap = options.overlap ?? Math.round(minHeight * 0.15);
  if (height < minHeight * 2) return [{ top: 0, bottom: height, coreTop: 0, coreBottom: height }];

  const strips: Strip[] = [];
  let top = 0;
  let coreTop = 0;
  while (height - top >= minHeight * 2) {
    const searchEnd = Math.min(top + Math.round(minHeight * 1.5), height - minHeight);
    const cut = findBlankCut(blank, top + minHeight, searchEnd, minGap);
    if (cut !== null) {
      strips.push({ top, bottom: cut, coreTop, coreBottom: cut });
      top = cut;
      coreTop = cut;
    } else {
      const hardCut = top + minHeight;
      strips.push({ top, bottom: hardCut + overlap, coreTop, coreBottom: hardCut });
      top = hardCut - overlap;
      coreTop = hardCut;
    }
  }
  strips.push({ top, bottom: height, coreTop, coreBottom: height });
  return strips;
}

/** Moved beside the other pixel passes, which run off the main thread (pixel-scan.ts). */
export { blankRows } from "@/lib/ocr/pixel-scan";
