import { pixelThread } from "@/lib/ocr/pixel-thread";

/**
 * Turns a normalised screenshot into what tesseract reads best, as measured on this project's
 * fixtures (docs/ocr.md): grayscale; inverted when the screen is dark (twice as fast, same
 * accuracy); upscaled 2× when narrow (a 390-px screenshot's error rate halves). The decode and the
 * per-pixel passes run in the pixel thread (pixel-thread.ts): none of it on the main thread.
 */

export interface PreparedImage {
  gray: Uint8Array;
  width: number;
  height: number;
  /** OCR pixels per image pixel. */
  scale: number;
  inverted: boolean;
}

/** Moved beside the passes that use them (decode-gray.ts, pixel-scan.ts). */
export { UPSCALE_BELOW_WIDTH } from "@/lib/ocr/decode-gray";
export { DARK_MEAN_BELOW } from "@/lib/ocr/pixel-scan";

/** A prepared image with its rows found: blank ones (strip cuts) and ones that cross glyphs (the sample). */
export interface ScannedImage extends PreparedImage {
  blank: boolean[];
  ink: boolean[];
}

export async function prepareImage(png: Buffer): Promise<ScannedImage> {
  const { gray, width, height, scale, rows } = await pixelThread().prepare(png);
  return { gray, width, height, scale, inverted: rows.inverted, blank: rows.blank, ink: rows.ink };
}

/** Rows `top`..`bottom` of a grayscale image as a binary PGM, which leptonica reads directly. */
export function toPgm(image: PreparedImage, top: number, bottom: number): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${bottom - top}\n255\n`, "ascii");
  const body = Buffer.from(image.gray.buffer, image.gray.byteOffset + top * image.width, (bottom - top) * image.width);
  return Buffer.concat([header, body]);
}
