import { inkRows } from "@/lib/ocr/pixel-scan";
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

/** Moved beside the other pixel passes, which run off the main thread (pixel-scan.ts). */
export { inkRows } from "@/lib/ocr/pixel-scan";

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
 * the image shows no line of text at all. Its ink rows are taken from the image when prepareImage
 * found them already (off the main thread), else found here.
 */
export function sampleImage(image: PreparedImage & { ink?: boolean[] }, count = SAMPLE_LINES): Buffer | null {
  const maxHeight = Math.max(MIN_BAND * 4, Math.round(image.height * MAX_BAND_SHARE));
  const ink = image.ink ?? inkRows(image.gray, image.width, image.height);
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
