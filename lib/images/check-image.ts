import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { checkShape } from "@/lib/images/check-shape";

/** The image types Sukusho reads, recognised by their bytes, never by name or declared type. */
export const ACCEPTED_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

export interface CheckedImage {
  /** The type the bytes say (the upload's). */
  mimeType: string;
  /** The re-encoded PNG: orientation applied, metadata gone, any trailing payload dropped. */
  png: Buffer;
  width: number;
  height: number;
}

export interface CheckLimits {
  maxPixels: number;
}

/**
 * Checks an upload and normalises it. The type comes from the content (an SVG or a script
 * renamed .png is refused); the pixel count and the shape (one the OCR can read) from the
 * header, before a single pixel is decoded (a decompression bomb costs nothing); then a full
 * decode that fails on truncation, and a fresh PNG written from the pixels alone, which also
 * disarms polyglot files.
 */
export async function checkImage(bytes: Buffer, fileName: string, limits: CheckLimits): Promise<CheckedImage> {
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
      throw corrupt(fileName);
    });
  const width = header.autoOrient?.width ?? header.width ?? 0;
  const height = header.autoOrient?.height ?? header.height ?? 0;
  if (width < 1 || height < 1) throw corrupt(fileName);
  if (width * height > limits.maxPixels) {
    throw new AppError(
      "image_too_large",
      `"${fileName}" is ${width}×${height} pixels; the limit is ${(limits.maxPixels / 1e6).toFixed(0)} million pixels.`,
      422,
    );
  }

  checkShape(fileName, width, height);

  const png = await sharp(bytes, { failOn: "truncated", limitInputPixels: limits.maxPixels })
    .rotate()
    .png({ compressionLevel: 6 })
    .toBuffer()
    .catch(() => {
      throw corrupt(fileName);
    });
  return { mimeType: type.mime, png, width, height };
}

function corrupt(fileName: string): AppError {
  return new AppError(
    "corrupt_image",
    `"${fileName}" could not be read as an image: the file is damaged or incomplete.`,
    422,
  );
}
