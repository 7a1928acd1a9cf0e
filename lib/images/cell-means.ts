import sharp from "sharp";

/**
 * The grid of a perceptual hash and the mean grey of its cells (perceptual-hash.ts explains the
 * choice). A full decode and a per-pixel pass over the whole upload, so it runs in the pixel
 * thread (lib/ocr/pixel-thread.ts), never on the server's main thread; like lib/ocr/pixel-scan.ts
 * it imports nothing of the app and uses only erasable TypeScript, so Node loads it there as it is.
 */
export const HASH_GRID_WIDTH = 16;
export const HASH_GRID_HEIGHT = 32;

/** The mean grey of every grid cell; a pixel belongs to the cell its centre falls in. */
export function cellMeans(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
): Float64Array<ArrayBuffer> {
  const sums = new Float64Array(HASH_GRID_WIDTH * HASH_GRID_HEIGHT);
  const counts = new Float64Array(HASH_GRID_WIDTH * HASH_GRID_HEIGHT);
  const column = new Int32Array(width);
  for (let x = 0; x < width; x++)
    column[x] = Math.min(HASH_GRID_WIDTH - 1, Math.floor(((x + 0.5) * HASH_GRID_WIDTH) / width));
  for (let y = 0; y < height; y++) {
    const row = Math.min(HASH_GRID_HEIGHT - 1, Math.floor(((y + 0.5) * HASH_GRID_HEIGHT) / height)) * HASH_GRID_WIDTH;
    const start = y * width * channels;
    for (let x = 0; x < width; x++) {
      const cell = row + (column[x] ?? 0);
      sums[cell] = (sums[cell] ?? 0) + (data[start + x * channels] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  return sums.map((sum, cell) => sum / Math.max(1, counts[cell] ?? 1));
}

/** The cell means of an image (PNG, JPEG or WebP bytes), decoded in full, upright and grey. */
export async function imageCellMeans(bytes: Uint8Array): Promise<Float64Array<ArrayBuffer>> {
  const { data, info } = await sharp(bytes).rotate().greyscale().raw().toBuffer({ resolveWithObject: true });
  return cellMeans(data, info.width, info.height, info.channels);
}
