import type { PreparedImage } from "@/lib/ocr/prepare-image";

/**
 * A small image for the language choice: a few text lines of the screenshot, stacked. Reading it
 * with every allowed model costs a fraction of reading the page with them, and its scripts say
 * which models the page needs.
 */

/**
 * Lines in the sample: enough that a page's own language shows in some, even among amounts and
 * English shop names (with 6, 7 of 45 tuning screenshots got the wrong set; with 10, none).
 */
export const SAMPLE_LINES = 10;
/** Bands of text rows lower than this are rules or specks; taller ones are pictures or headlines. */
const MIN_BAND = 8;
const MAX_BAND_SHARE = 0.12;
const GAP = 16;

export interface Band {
  top: number;
  bottom: number;
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

/** Runs of text rows that look like one line of text. */
export function textBands(ink: readonly boolean[], maxHeight: number): Band[] {
  const bands: Band[] = [];
  let top = -1;
  for (let y = 0; y <= ink.length; y++) {
    const isText = y < ink.length && ink[y] === true;
    if (isText && top < 0) top = y;
    if (!isText && top >= 0) {
      const height = y - top;
      if (height >= MIN_BAND && height <= maxHeight) bands.push({ top, bottom: y });
      top = -1;
    }
  }
  return bands;
}

/** Up to `count` bands spread evenly over the page, top to bottom. */
export function spreadBands(bands: readonly Band[], count: number): Band[] {
  if (bands.length <= count) return [...bands];
  const step = bands.length / count;
  return Array.from({ length: count }, (_, i) => bands[Math.floor(i * step + step / 2)] as Band);
}

/**
 * The chosen bands stacked on a white page with a gap between them, as a binary PGM; null when
 * the image shows no line of text at all.
 */
export function sampleImage(image: PreparedImage, count = SAMPLE_LINES): Buffer | null {
  const maxHeight = Math.max(MIN_BAND * 4, Math.round(image.height * MAX_BAND_SHARE));
  const ink = inkRows(image.gray, image.width, image.height);
  const bands = spreadBands(textBands(ink, maxHeight), count);
  if (bands.length === 0) return null;
  const height = bands.reduce((sum, band) => sum + band.bottom - band.top + GAP, GAP);
  const out = new Uint8Array(image.width * height).fill(255);
  let y = GAP;
  for (const band of bands) {
    const rows = band.bottom - band.top;
    out.set(image.gray.subarray(band.top * image.width, band.bottom * image.width), y * image.width);
    y += rows + GAP;
  }
  const header = Buffer.from(`P5\n${image.width} ${height}\n255\n`, "ascii");
  return Buffer.concat([header, Buffer.from(out.buffer, out.byteOffset, out.byteLength)]);
}
