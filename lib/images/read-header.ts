import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { checkShape } from "@/lib/images/check-shape";

/** The image types Sukusho reads, recognised by their bytes, never by name or declared type. */
export const ACCEPTED_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

/** What an upload's header says, orientation applied: all the upload request needs to know. */
export interface ImageHeader {
  /** The type the bytes say (the upload's). */
  mimeType: string;
  width: number;
  height: number;
}

export interface CheckLimits {
  maxPixels: number;
}

/**
 * The checks an upload request makes before it answers (docs/fast-upload.md): the type from the
 * content (an SVG or a script renamed .png is refused), the pixel count and the shape the OCR can
 * read, all from the header without decoding a pixel (a decompression bomb costs nothing). About
 * a millisecond; the full decode is the job's `check` step (lib/pipeline/check-step.ts).
 */
export async function readImageHeader(bytes: Buffer, fileName: string, limits: CheckLimits): Promise<ImageHeader> {
  if (bytes.length === 0) throw new AppError("empty_file", `"${fileName}" is empty.`, 400);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(ACCEPTED_TYPES as readonly string[]).includes(type.mime)) {
    throw new AppError(
      "unsupported_type",
      `"${fileName}" is not a PNG, JPEG or WebP image${type ? ` (it looks like ${type.ext.toUpperCase()})` : ""}.`,
      415,
    );
  }

  // Only the header is read here, so sharp's own pixel limit is lifted to report ours.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw corruptImage(fileName);
    });
  // An EXIF orientation of 5–8 swaps the sides: the job shows the image the way it will be read.
  const width = header.autoOrient?.width ?? header.width ?? 0;
  const height = header.autoOrient?.height ?? header.height ?? 0;
  if (width < 1 || height < 1) throw corruptImage(fileName);
  if (width * height > limits.maxPixels) {
    throw new AppError(
      "image_too_large",
      `"${fileName}" is ${width}×${height} pixels; the limit is ${(limits.maxPixels / 1e6).toFixed(0)} million pixels.`,
      422,
    );
  }
  checkShape(fileName, width, height);
  return { mimeType: type.mime, width, height };
}

/** The one answer for bytes that are not a whole image, at upload or in the check step. */
export function corruptImage(fileName: string): AppError {
  return new AppError(
    "corrupt_image",
    `"${fileName}" could not be read as an image: the file is damaged or incomplete.`,
    422,
  );
}
