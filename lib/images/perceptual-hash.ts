import { HASH_GRID_HEIGHT, HASH_GRID_WIDTH } from "@/lib/images/cell-means";
import { pixelThread } from "@/lib/ocr/pixel-thread";

/**
 * A perceptual hash of a screenshot, for finding the same image uploaded twice (docs/duplicates.md).
 *
 * The image is decoded in full, turned grey and averaged over a 16×32 grid of cells (tall, like
 * a phone screen). Each cell is compared with its right-hand neighbour, and two bits record
 * whether it is clearly brighter or clearly darker. Why this and not a 64-bit dHash:
 * - Exact cell means, not sharp's resize: a JPEG is otherwise shrunk while it is decoded and the
 *   grid moves by more than the difference between two screenshots of one design.
 * - Two bits with a dead zone: most cells of a screenshot are flat background, and a plain
 *   "brighter or not" bit flips at random there after any re-encoding.
 * - 960 bits, not 64: two screenshots of one app differ in a few lines of text; at 9×8 they
 *   collide (measured: bench/duplicates.ts).
 */
export { cellMeans, HASH_GRID_HEIGHT, HASH_GRID_WIDTH } from "@/lib/images/cell-means";
/** Grey levels (of 255) two neighbouring cells must differ by to count as an edge. */
export const HASH_EDGE_THRESHOLD = 8;
/** Hex digits in a hash: two bits per neighbour pair. */
export const HASH_HEX_LENGTH = ((HASH_GRID_WIDTH - 1) * HASH_GRID_HEIGHT * 2) / 4;

/** The perceptual hash of an image (PNG, JPEG or WebP bytes), as lower-case hex. */
export async function perceptualHash(bytes: Buffer): Promise<string> {
  // The decode and the per-pixel pass run in the pixel thread, off the main thread (docs/event-loop.md).
  return hashOfCells(await pixelThread().imageCellMeans(bytes));
}

function hashOfCells(means: Float64Array): string {
  const bits: number[] = [];
  for (let y = 0; y < HASH_GRID_HEIGHT; y++) {
    for (let x = 0; x < HASH_GRID_WIDTH - 1; x++) {
      const left = means[y * HASH_GRID_WIDTH + x] ?? 0;
      const right = means[y * HASH_GRID_WIDTH + x + 1] ?? 0;
      bits.push(left - right > HASH_EDGE_THRESHOLD ? 1 : 0, right - left > HASH_EDGE_THRESHOLD ? 1 : 0);
    }
  }
  let hex = "";
  for (let i = 0; i < bits.length; i += 4) {
    hex += ((bits[i] ?? 0) * 8 + (bits[i + 1] ?? 0) * 4 + (bits[i + 2] ?? 0) * 2 + (bits[i + 3] ?? 0)).toString(16);
  }
  return hex;
}

const POPCOUNT = Array.from({ length: 16 }, (_, n) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1));

/** How many bits two hashes differ in; hashes of another length (an older scheme) never match. */
export function hashDistance(a: string, b: string): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let distance = 0;
  for (let i = 0; i < a.length; i++)
    distance += POPCOUNT[Number.parseInt(a[i] ?? "0", 16) ^ Number.parseInt(b[i] ?? "0", 16)] ?? 0;
  return distance;
}

/**
 * The largest distance at which two hashes are taken for the same image: between the largest
 * distance of a re-encoded or resized copy and the smallest of two screenshots of one design,
 * both measured on the corpus's tune part (bench/duplicates.ts, docs/duplicates.md).
 */
export const SAME_IMAGE_MAX_DISTANCE = 20;
