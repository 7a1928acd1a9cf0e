import type { OcrLine } from "@/lib/ocr/types";

/** A part of a long list, with the lines that orient the model (page header, lines just before). */
export interface LineChunk {
  lines: OcrLine[];
  context: OcrLine[];
}

/**
 * Lines of the page's top (bank name, account, period) given to every chunk for orientation.
 * The model writes no rows for them, so a part that holds them is not longer for it
 * (incremental-chunker.ts).
 */
export const HEADER_LINES = 6;
/** Lines just before a chunk (a month header, a column header) given for orientation. */
const LEAD_LINES = 4;

/**
 * Splits a list's OCR lines into chunks of at most `maxLines`, of near-equal size, each with
 * its orientation context. One chunk (no context) when the list is short enough.
 */
export function chunkLines(lines: OcrLine[], maxLines: number): LineChunk[] {
  if (lines.length <= maxLines) return [{ lines, context: [] }];
  const count = Math.ceil(lines.length / maxLines);
  const size = Math.ceil(lines.length / count);
  const chunks: LineChunk[] = [];
  for (let start = 0; start < lines.length; start += size) chunks.push(chunkAt(lines, start, size));
  return chunks;
}

/**
 * The chunk of `size` lines from `start`, with its context: the page's first lines and the few
 * just before it. Needs only the lines up to the chunk's end, so a chunk can be cut while the
 * rest of the page is still being read (incremental-chunker.ts), with the same context.
 */
export function chunkAt(lines: readonly OcrLine[], start: number, size: number): LineChunk {
  const header = start === 0 ? [] : lines.slice(0, Math.min(HEADER_LINES, start));
  const leadStart = Math.max(header.length, start - LEAD_LINES);
  return { lines: lines.slice(start, start + size), context: [...header, ...lines.slice(leadStart, start)] };
}
