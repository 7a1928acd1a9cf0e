import sharp from "sharp";

/**
 * Decodes a normalised screenshot into the grey pixels tesseract reads best, as measured on this
 * project's fixtures (docs/ocr.md): flattened on white, grayscale, upscaled 2× when narrow (a
 * 390-px screenshot's error rate halves). It runs in the pixel thread (pixel-thread.ts), so the
 * pixels are born there and cross to the main thread without a copy; like pixel-scan.ts it
 * imports nothing of the app and uses only erasable TypeScript, so Node loads it there as it is.
 */

/** Below this width text is too small for the LSTM model; measured threshold. */
export const UPSCALE_BELOW_WIDTH = 800;

export interface DecodedGray {
  /** In an ArrayBuffer of its own, which can be handed to another thread (sharp's cannot). */
  gray: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
  /** OCR pixels per image pixel. */
  scale: number;
}

export async function decodeGray(png: Uint8Array): Promise<DecodedGray> {
  const metadata = await sharp(png).metadata();
  const width = metadata.width ?? 0;
  const scale = width > 0 && width < UPSCALE_BELOW_WIDTH ? 2 : 1;
  let pipeline = sharp(png).flatten({ background: "#ffffff" }).grayscale();
  if (scale !== 1) pipeline = pipeline.resize({ width: width * scale, kernel: "lanczos3" });
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { gray: ownCopy(data), width: info.width, height: info.height, scale };
}

/** A copy in an ArrayBuffer of its own (a Buffer's own slice() is a view, not a copy). */
export function ownCopy(pixels: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(pixels.byteLength);
  copy.set(pixels);
  return copy;
}
