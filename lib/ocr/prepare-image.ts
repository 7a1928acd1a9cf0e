import sharp from "sharp";
import { pixelThread } from "@/lib/ocr/pixel-thread";

/**
 * Turns a normalised screenshot into what tesseract reads best, as measured on this project's
 * fixtures (docs/ocr.md): grayscale; inverted when the screen is dark (twice as fast, same
 * accuracy); upscaled 2× when narrow (a 390-px screenshot's error rate halves). Decoding runs in
 * sharp's threads, the per-pixel passes in the pixel thread: none of it on the main thread.
 */

export interface PreparedImage {
  gray: Uint8Array;
  width: number;
  height: number;
  /** OCR pixels per image pixel. */
  scale: number;
  inverted: boolean;
}

/** Below this width text is too small for the LSTM model; measured threshold. */
export const UPSCALE_BELOW_WIDTH = 800;
/** Moved beside the pass that uses it (pixel-scan.ts). */
export { DARK_MEAN_BELOW } from "@/lib/ocr/pixel-scan";

/** A prepared image with its rows found: blank ones (strip cuts) and ones that cross glyphs (the sample). */
export interface ScannedImage extends PreparedImage {
  blank: boolean[];
  ink: boolean[];
}

export async function prepareImage(png: Buffer): Promise<ScannedImage> {
  const metadata = await sharp(png).metadata();
  const width = metadata.width ?? 0;
  const scale = width > 0 && width < UPSCALE_BELOW_WIDTH ? 2 : 1;
  let pipeline = sharp(png).flatten({ background: "#ffffff" }).grayscale();
  if (scale !== 1) pipeline = pipeline.resize({ width: width * scale, kernel: "lanczos3" });
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  const decoded = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const { gray, rows } = await pixelThread().scan(decoded, info.width, info.height);
  return {
    gray,
    width: info.width,
    height: info.height,
    scale,
    inverted: rows.inverted,
    blank: rows.blank,
    ink: rows.ink,
  };
}

/** Rows `top`..`bottom` of a grayscale image as a binary PGM, which leptonica reads directly. */
export function toPgm(image: PreparedImage, top: number, bottom: number): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${bottom - top}\n255\n`, "ascii");
  const body = Buffer.from(image.gray.buffer, image.gray.byteOffset + top * image.width, (bottom - top) * image.width);
  return Buffer.concat([header, body]);
}
