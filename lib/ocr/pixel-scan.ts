/**
 * The per-pixel passes over a prepared (grayscale) screenshot: the mean that tells a dark screen,
 * the inversion, and the row masks that strips (blank rows) and the language sample (ink rows)
 * are cut from. On a tall statement each pass is a 10–30 ms loop, so they run in a worker thread
 * (pixel-thread.ts), never on the server's main thread (docs/event-loop.md).
 *
 * This file imports nothing and uses only erasable TypeScript, so Node runs it as it is in that
 * worker (lib/ocr/pixel-worker.mjs loads it with type stripping) and Next bundles the same code.
 */

/** Mean brightness under which a screenshot is treated as dark mode. */
export const DARK_MEAN_BELOW = 100;

/** Rows of a scanned image: which hold no text (strip cuts) and which cross glyphs (the sample). */
export interface PixelRows {
  /** The image was dark and has been inverted in place. */
  inverted: boolean;
  blank: boolean[];
  ink: boolean[];
}

/**
 * Inverts a dark image in place, then marks its blank and its ink rows: everything the reading
 * needs from its pixels before OCR starts.
 */
export function scanPixels(gray: Uint8Array, width: number, height: number): PixelRows {
  const inverted = meanOf(gray) < DARK_MEAN_BELOW;
  if (inverted) for (let i = 0; i < gray.length; i++) gray[i] = 255 - (gray[i] ?? 0);
  return { inverted, blank: blankRows(gray, width, height), ink: inkRows(gray, width, height) };
}

export function meanOf(values: Uint8Array): number {
  let sum = 0;
  // Every 7th pixel is plenty for a mean and keeps a 4000-px screenshot under a millisecond.
  let count = 0;
  for (let i = 0; i < values.length; i += 7) {
    sum += values[i] ?? 0;
    count++;
  }
  return count === 0 ? 255 : sum / count;
}

/**
 * Marks rows without text. A row is blank when almost every pixel is within `tolerance` of
 * the row's typical value; a few outliers are allowed for card borders and rounded corners.
 */
export function blankRows(gray: Uint8Array, width: number, height: number, tolerance = 24): boolean[] {
  const allowed = Math.max(4, Math.round(width * 0.005));
  const rows: boolean[] = new Array(height);
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    const reference = gray[offset + (width >> 1)] ?? 0;
    // The middle pixel is a cheap stand-in for the background; re-check against the left edge
    // when it happens to sit on text.
    let outliers = countOutliers(gray, offset, width, reference, tolerance, allowed);
    if (outliers > allowed) {
      const edge = gray[offset + 2] ?? 0;
      outliers = countOutliers(gray, offset, width, edge, tolerance, allowed);
    }
    rows[y] = outliers <= allowed;
  }
  return rows;
}

function countOutliers(
  gray: Uint8Array,
  offset: number,
  width: number,
  reference: number,
  tolerance: number,
  allowed: number,
): number {
  let outliers = 0;
  for (let x = 0; x < width; x++) {
    if (Math.abs((gray[offset + x] ?? 0) - reference) > tolerance) {
      outliers++;
      if (outliers > allowed) break;
    }
  }
  return outliers;
}

/** A step between neighbouring pixels this share of the image's contrast is an edge of a glyph. */
const EDGE_SHARE = 0.3;
const MIN_EDGE_STEP = 16;
/** …and a row with at least this many edges crosses text; a card or paper border gives two. */
const MIN_EDGES = 6;
/** Gaps this low inside a band are thin strokes of its own glyphs, not the space between lines. */
const MAX_INNER_GAP = 2;

/** The spread between the 2nd and 98th percentile of the grey values, from every 11th pixel. */
function contrastOf(gray: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  let count = 0;
  for (let i = 0; i < gray.length; i += 11) {
    const value = gray[i] ?? 0;
    histogram[value] = (histogram[value] ?? 0) + 1;
    count++;
  }
  const percentile = (share: number) => {
    let seen = 0;
    for (let value = 0; value < 256; value++) {
      seen += histogram[value] ?? 0;
      if (seen >= count * share) return value;
    }
    return 255;
  };
  return percentile(0.98) - percentile(0.02);
}

/**
 * Marks rows that cross text by counting sharp horizontal steps, which unlike blankRows needs no
 * uniform background: a receipt on a grey table or a scan's shaded margin still has empty rows
 * between its lines here. Sharp is relative to the image's contrast, for faint thermal prints.
 */
export function inkRows(gray: Uint8Array, width: number, height: number): boolean[] {
  const step = Math.max(MIN_EDGE_STEP, contrastOf(gray) * EDGE_SHARE);
  const rows: boolean[] = new Array(height);
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    let edges = 0;
    for (let x = 1; x < width && edges < MIN_EDGES; x++) {
      if (Math.abs((gray[offset + x] ?? 0) - (gray[offset + x - 1] ?? 0)) >= step) edges++;
    }
    rows[y] = edges >= MIN_EDGES;
  }
  for (let y = 1; y < height; y++) {
    if (rows[y] || !rows[y - 1]) continue;
    let end = y;
    while (end < height && !rows[end] && end - y < MAX_INNER_GAP) end++;
    if (end < height && rows[end]) for (let fill = y; fill < end; fill++) rows[fill] = true;
  }
  return rows;
}
