import sharp from "sharp";
import type Tesseract from "tesseract.js";
import type { PreparedImage } from "@/lib/ocr/prepare-image";
import type { Box, OcrLine, OcrWord } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * A second look at parts of a page: runs of words of one line are cut out (with a margin),
 * optionally stretched, stacked on a white page with gaps, read in one more recognition, and put
 * back where the second reading is the surer one. Cut out of their line, words that tesseract's
 * layout analysis got wrong (half-width kana, an amount centred between a title and a subtitle)
 * are plain text again. reread-narrow.ts and reread-garbled.ts choose the runs.
 */

/** A run of words `first`..`last` of line `lineIndex`, and its box in prepared-image pixels. */
export interface Span {
  lineIndex: number;
  first: number;
  last: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The first reading's mean confidence. */
  confidence: number;
}

/** The span of words `first`..`last` of a line, in prepared-image pixels (`scale`). */
export function spanOfWords(line: OcrLine, lineIndex: number, first: number, last: number, scale: number): Span {
  const words = line.words.slice(first, last + 1);
  return {
    lineIndex,
    first,
    last,
    x0: Math.min(...words.map((word) => word.box.x0)) * scale,
    y0: Math.min(...words.map((word) => word.box.y0)) * scale,
    x1: Math.max(...words.map((word) => word.box.x1)) * scale,
    y1: Math.max(...words.map((word) => word.box.y1)) * scale,
    confidence: words.reduce((sum, word) => sum + word.confidence, 0) / Math.max(1, words.length),
  };
}

export interface RereadSpansOptions {
  pool: OcrPool;
  image: PreparedImage;
  langs: string;
  lines: OcrLine[];
  spans: Span[];
  /** Horizontal stretch of each crop (2 makes half-width kana full-width). */
  stretchX: number;
  /** The second reading must beat the first by this many confidence points. */
  minGain: number;
  /** And reach at least this confidence. */
  minConfidence?: number;
  /** Tidies the second reading's words (e.g. joins sound marks read apart). */
  tidy?: (words: OcrWord[]) => OcrWord[];
}

/** Blank rows between stacked crops, so tesseract sees one line per crop. */
const GAP = 20;

interface Placed {
  /** The span, its x0/y0 moved to the crop's corner. */
  span: Span;
  /** The span's own left and right edges, in stacked-image pixels. */
  left: number;
  right: number;
  /** Where the crop starts in the stacked image. */
  top: number;
  height: number;
  padX: number;
}

/** Crop box of a span in prepared pixels: the span with a quarter of its height around it. */
function cropBox(image: PreparedImage, span: Span): { left: number; top: number; width: number; height: number } {
  const margin = Math.round((span.y1 - span.y0) * 0.25);
  const left = Math.max(0, Math.floor(span.x0 - margin));
  const top = Math.max(0, Math.floor(span.y0 - margin));
  return {
    left,
    top,
    width: Math.min(image.width, Math.ceil(span.x1 + margin)) - left,
    height: Math.min(image.height, Math.ceil(span.y1 + margin)) - top,
  };
}

/** The box's pixels, row by row (a copy of only those bytes). */
export function cropRows(
  image: PreparedImage,
  box: { left: number; top: number; width: number; height: number },
): Buffer {
  const out = Buffer.alloc(box.width * box.height);
  for (let row = 0; row < box.height; row++) {
    const start = (box.top + row) * image.width + box.left;
    out.set(image.gray.subarray(start, start + box.width), row * box.width);
  }
  return out;
}

async function stackCrops(image: PreparedImage, spans: Span[], stretchX: number) {
  const crops: Array<{ data: Buffer; width: number; height: number; span: Span; original: Span }> = [];
  for (const span of spans) {
    const box = cropBox(image, span);
    if (box.width <= 0 || box.height <= 0) continue;
    // sharp gets only the crop's rows: handed the whole page, it copies every pixel of it on
    // the main thread, once per span (docs/event-loop.md).
    let crop = sharp(cropRows(image, box), { raw: { width: box.width, height: box.height, channels: 1 } });
    if (stretchX !== 1) {
      crop = crop.resize({ width: box.width * stretchX, height: box.height, fit: "fill", kernel: "lanczos3" });
    }
    const { data, info } = await crop.toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
    crops.push({
      data,
      width: info.width,
      height: info.height,
      span: { ...span, x0: box.left, y0: box.top },
      original: span,
    });
  }
  const width = Math.max(1, ...crops.map((crop) => crop.width)) + 2 * GAP;
  const height = crops.reduce((sum, crop) => sum + crop.height + GAP, GAP);
  const out = new Uint8Array(width * height).fill(255);
  const placed: Placed[] = [];
  let y = GAP;
  for (const crop of crops) {
    for (let row = 0; row < crop.height; row++) {
      out.set(crop.data.subarray(row * crop.width, (row + 1) * crop.width), (y + row) * width + GAP);
    }
    // The crop's margin can take in a neighbour's glyph (the の after ¥9,614); only what lies
    // over the span itself replaces it.
    const left = GAP + (crop.original.x0 - crop.span.x0) * stretchX;
    const right = GAP + (crop.original.x1 - crop.span.x0) * stretchX;
    placed.push({ span: crop.span, left, right, top: y, height: crop.height, padX: GAP });
    y += crop.height + GAP;
  }
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, "ascii");
  return { pgm: Buffer.concat([header, Buffer.from(out.buffer)]), placed };
}

function wordsOf(page: Tesseract.Page): Tesseract.Word[] {
  return (page.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)),
  );
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

/** Words joined as tesseract joins them for Japanese: no space between two CJK words. */
export function joinWords(words: readonly OcrWord[]): string {
  let text = "";
  for (const word of words) {
    const joined = text !== "" && CJK.test(text.at(-1) ?? "") && CJK.test(word.text[0] ?? "");
    text += text === "" || joined ? word.text : ` ${word.text}`;
  }
  return text;
}

/** A box of the stacked image back in the normalised image's pixels. */
function unstretch(bbox: Tesseract.Bbox, placed: Placed, scale: number, stretchX: number): Box {
  const x = (value: number) => Math.round((placed.span.x0 + (value - placed.padX) / stretchX) / scale);
  const y = (value: number) => Math.round((placed.span.y0 + value - placed.top) / scale);
  return { x0: x(bbox.x0), y0: y(bbox.y0), x1: x(bbox.x1), y1: y(bbox.y1) };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/** The lines with their spans replaced where the second reading is surer. */
export async function rereadSpans(options: RereadSpansOptions): Promise<OcrLine[]> {
  if (options.spans.length === 0) return options.lines;
  const { pgm, placed } = await stackCrops(options.image, options.spans, options.stretchX);
  const page = await options.pool.recognize({ image: pgm, langs: options.langs });
  const words = wordsOf(page).filter((word) => word.text.trim() !== "");
  const lines = [...options.lines];
  // Right to left within a line, so that earlier spans' word indices stay valid.
  for (const item of [...placed].sort((a, b) => a.span.lineIndex - b.span.lineIndex || b.span.first - a.span.first)) {
    const inside = words.filter((word) => {
      const centre = (word.bbox.y0 + word.bbox.y1) / 2;
      const middle = (word.bbox.x0 + word.bbox.x1) / 2;
      return centre >= item.top && centre < item.top + item.height && middle >= item.left && middle <= item.right;
    });
    if (inside.length === 0) continue;
    const confidence = mean(inside.map((word) => word.confidence));
    if (confidence < item.span.confidence + options.minGain || confidence < (options.minConfidence ?? 0)) continue;
    const line = lines[item.span.lineIndex];
    if (!line) continue;
    const read = inside.map((word) => ({
      text: word.text.trim(),
      confidence: Math.round(word.confidence * 10) / 10,
      box: unstretch(word.bbox, item, options.image.scale, options.stretchX),
    }));
    const replacement = options.tidy ? options.tidy(read) : read;
    const merged = [...line.words.slice(0, item.span.first), ...replacement, ...line.words.slice(item.span.last + 1)];
    lines[item.span.lineIndex] = {
      ...line,
      words: merged,
      text: joinWords(merged),
      confidence: Math.round(mean(merged.map((word) => word.confidence)) * 10) / 10,
    };
  }
  return lines;
}
