/**
 * An image's typical text line height, measured from its pixels rather than guessed from its
 * width: a 612-px receipt scan and a 1555-px phone photo of a receipt can carry the same glyphs
 * at very different sizes. bench/ocr-text-height.ts scales images to a target line height with
 * it (docs/ocr.md, "Scaling to a text height": tried and dropped, so it lives here, not in
 * lib/ocr, whose every source file keys the benches' OCR caches).
 */

/** Runs of ink rows shorter than this are rules, dotted separators or specks, not text lines. */
export const MIN_LINE_ROWS = 4;

/**
 * The median height of the runs of ink rows (pixel-scan.ts inkRows): one run is one text line
 * from its ascenders to its descenders, so the median is the page's typical line height. Null
 * when the image has too few lines to say.
 */
export function medianLineHeight(ink: readonly boolean[], minLines = 3): number | null {
  const runs: number[] = [];
  let start = -1;
  for (let y = 0; y <= ink.length; y++) {
    const inked = y < ink.length && ink[y] === true;
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      if (y - start >= MIN_LINE_ROWS) runs.push(y - start);
      start = -1;
    }
  }
  if (runs.length < minLines) return null;
  runs.sort((a, b) => a - b);
  const middle = runs.length >> 1;
  return runs.length % 2 === 1 ? (runs[middle] ?? 0) : ((runs[middle - 1] ?? 0) + (runs[middle] ?? 0)) / 2;
}
