import sharp from "sharp";
import { type CheckLimits, corruptImage, type ImageHeader, readImageHeader } from "@/lib/images/read-header";

export interface CheckedImage extends ImageHeader {
  /** The re-encoded PNG: orientation applied, metadata gone, any trailing payload dropped. */
  png: Buffer;
}

/**
 * Checks an upload and normalises it: the header checks (readImageHeader), then the clean copy
 * (cleanImage). The upload request makes only the first; the job's check step both.
 */
export async function checkImage(bytes: Buffer, fileName: string, limits: CheckLimits): Promise<CheckedImage> {
  const header = await readImageHeader(bytes, fileName, limits);
  return { ...header, png: await cleanImage(bytes, fileName, limits) };
}

/**
 * A full decode that fails on truncation, and a fresh PNG written from the pixels alone: EXIF
 * (GPS, camera, time) and any other metadata stay behind, the orientation is applied to the
 * pixels, and a polyglot file's second payload is disarmed. The pixel limit is enforced again
 * here, by the decoder itself, so the header cannot have lied about it.
 */
export async function cleanImage(bytes: Buffer, fileName: string, limits: CheckLimits): Promise<Buffer> {
  return sharp(bytes, { failOn: "truncated", limitInputPixels: limits.maxPixels })
    .rotate()
    .png({ compressionLevel: 6 })
    .toBuffer()
    .catch(() => {
      throw corruptImage(fileName);
    });
}
