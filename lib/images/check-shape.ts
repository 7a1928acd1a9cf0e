import { AppError } from "@/lib/errors";

/**
 * Shapes the OCR can read, measured on tesseract 5 (docs/uploads.md): it refuses any image
 * wider than 32,767 pixels ("Image too large", 16-bit coordinates; tall images are cut into
 * strips, wide ones cannot be); nothing readable fits in fewer than 16 rows or columns; and
 * a scrolling phone screenshot within the pixel limit stays under about 80 to 1 (750 × 53,000).
 */
export const IMAGE_SHAPE_LIMITS = {
  minSide: 16,
  maxAspectRatio: 100,
  maxWidth: 32_767,
} as const;

/**
 * Refuses, from the header's dimensions (orientation applied), an image the OCR cannot read
 * (422 `image_shape`): a 40000×1 PNG is well within the pixel limit, but ended as an internal
 * error deep in the pipeline instead of a clear answer at upload.
 */
export function checkShape(fileName: string, width: number, height: number): void {
  const { minSide, maxAspectRatio, maxWidth } = IMAGE_SHAPE_LIMITS;
  const shortSide = Math.min(width, height);
  const longSide = Math.max(width, height);
  const reason =
    shortSide < minSide
      ? `each side must be at least ${minSide} pixels to hold a line of text`
      : longSide / shortSide > maxAspectRatio
        ? `it is too long and narrow to read (at most ${maxAspectRatio} to 1)`
        : width > maxWidth
          ? `text recognition reads images at most ${maxWidth} pixels wide`
          : null;
  if (reason) {
    throw new AppError("image_shape", `"${fileName}" is ${width}×${height} pixels: ${reason}.`, 422, {
      width,
      height,
      limits: IMAGE_SHAPE_LIMITS,
    });
  }
}
