import sharp from "sharp";
import type Tesseract from "tesseract.js";
import type { PreparedImage } from "@/lib/ocr/prepare-image";
import type { Box, OcrLine, OcrWord } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * Half-width katakana (ﾐﾂｲｽﾐﾄﾓ ｶ-ﾄﾞ, as Japanese banks print payees) are glyphs half as wide as
 * the katakana the jpn model learnt; it reads them as noise. Stretched to twice their width they
 * are ordinary katakana to it. So the words of a line that came back with low confidence and are
 * not amounts or dates are cut out, stretched 2× horizontally, stacked into one small image, read
 * once more, and kept where the second reading is the surer one.
 */

/** Runs read below this mean confidence are candidates; the jpn model reads clean text at 85–97. */
export const REREAD_BELOW = 75;
/** Spans with fewer characters than this are left alone (a stray icon, a lone misread). */
const MIN_SPAN_CHARS = 2;
/** The second reading must beat the first by this much (confidence points) to replace it. */
const MIN_GAIN = 10;
export const STRETCH_X = 2;
const GAP = 20;

/** Amounts, dates and times look alike in every script and read well: never re-read them. */
const NUMERIC = /^[\d\s.,:/\\¥$+\-–−()%円]+$/u;
const NUMBER_SHAPE = /\d{3}|[.,:/]/u;

/**
 * An amount, date or time read with confidence ends a run of text. A lone low-confidence digit
 * inside a run is more often a misread kana (ﾌ as 7, ｳ as 9) and stays in it.
 */
function isSureNumber(word: OcrWord): boolean {
  return NUMERIC.test(word.text) && word.confidence >= REREAD_BELOW + 10 && NUMBER_SHAPE.test(word.text);
}

interface Span {
  lineIndex: number;
  first: number;
  last: number;
  /** In pixels of the prepared image (OCR pixels). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

/**
 * Per line, the run of words between amounts and dates (the payee, the description) when it was
 * read with low confidence on average; the longest such run when there are several.
 */
export function uncertainSpans(lines: readonly OcrLine[], scale: number): Span[] {
  const spans: Span[] = [];
  lines.forEach((line, lineIndex) => {
    let best: Span | null = null;
    let start = -1;
    const close = (end: number) => {
      const words = line.words.slice(start, end + 1);
      const chars = words.reduce((sum, word) => sum + Array.from(word.text).length, 0);
      const confidence = words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
      const longer = !best || end - start > best.last - best.first;
      if (chars >= MIN_SPAN_CHARS && confidence < REREAD_BELOW && longer) {
        best = {
          lineIndex,
          first: start,
          last: end,
          x0: Math.min(...words.map((word) => word.box.x0)) * scale,
          y0: Math.min(...words.map((word) => word.box.y0), line.box.y0) * scale,
          x1: Math.max(...words.map((word) => word.box.x1)) * scale,
          y1: Math.max(...words.map((word) => word.box.y1), line.box.y1) * scale,
          confidence,
        };
      }
      start = -1;
    };
    line.words.forEach((word, index) => {
      const text = !isSureNumber(word);
      if (text && start < 0) start = index;
      if (!text && start >= 0) close(index - 1);
    });
    if (start >= 0) close(line.words.length - 1);
    if (best) spans.push(best);
  });
  return spans;
}

/** `カート~` → `カード`: the stretched dakuten ゛ and handakuten ゜ come back as marks of their own. */
export function joinSoundMarks(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Katakana}\p{Script=Hiragana}])[~"゛ﾞ″”]/gu, "\u3099")
    .replace(/(?<=[\p{Script=Katakana}\p{Script=Hiragana}])[°゜ﾟ]/gu, "\u309A")
    .normalize("NFC")
    .replace(/[\u3099\u309A]/gu, "");
}

const SOUND_MARK_ALONE = /^[~"゛ﾞ″”°゜ﾟ]$/u;

/** A sound mark read as a word of its own joins the kana before it (ト + ~ → ド). */
export function attachSoundMarks(words: readonly OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    if (previous && SOUND_MARK_ALONE.test(word.text)) {
      out[out.length - 1] = {
        ...previous,
        text: joinSoundMarks(previous.text + word.text),
        box: { ...previous.box, x1: Math.max(previous.box.x1, word.box.x1) },
      };
    } else {
      out.push({ ...word, text: joinSoundMarks(word.text) });
    }
  }
  return out;
}

interface Placed {
  span: Span;
  /** Where the span's crop starts in the stacked image. */
  top: number;
  height: number;
  /** Padding left of the crop, in stacked-image pixels. */
  padX: number;
}

/** Crops each span (with a margin), stretches it, and stacks the crops on a white page. */
async function stackStretched(image: PreparedImage, spans: Span[]): Promise<{ pgm: Buffer; placed: Placed[] }> {
  const crops: Array<{ data: Buffer; width: number; height: number; span: Span }> = [];
  for (const span of spans) {
    const margin = Math.round((span.y1 - span.y0) * 0.25);
    const left = Math.max(0, Math.floor(span.x0 - margin));
    const top = Math.max(0, Math.floor(span.y0 - margin));
    const width = Math.min(image.width, Math.ceil(span.x1 + margin)) - left;
    const height = Math.min(image.height, Math.ceil(span.y1 + margin)) - top;
    if (width <= 0 || height <= 0) continue;
    const { data, info } = await sharp(Buffer.from(image.gray.buffer, image.gray.byteOffset, image.gray.byteLength), {
      raw: { width: image.width, height: image.height, channels: 1 },
    })
      .extract({ left, top, width, height })
      .resize({ width: width * STRETCH_X, height, fit: "fill", kernel: "lanczos3" })
      .toColourspace("b-w")
      .raw()
      .toBuffer({ resolveWithObject: true });
    crops.push({ data, width: info.width, height: info.height, span: { ...span, x0: left, y0: top } });
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
    placed.push({ span: crop.span, top: y, height: crop.height, padX: GAP });
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
function unstretch(bbox: Tesseract.Bbox, placed: Placed, scale: number): Box {
  const x = (value: number) => Math.round((placed.span.x0 + (value - placed.padX) / STRETCH_X) / scale);
  const y = (value: number) => Math.round((placed.span.y0 + value - placed.top) / scale);
  return { x0: x(bbox.x0), y0: y(bbox.y0), x1: x(bbox.x1), y1: y(bbox.y1) };
}

export interface RereadOptions {
  pool: OcrPool;
  image: PreparedImage;
  langs: string;
  lines: OcrLine[];
}

/** The lines with their uncertain spans replaced where the stretched reading is surer. */
export async function rereadNarrowText(options: RereadOptions): Promise<OcrLine[]> {
  const spans = uncertainSpans(options.lines, options.image.scale);
  if (spans.length === 0) return options.lines;
  const { pgm, placed } = await stackStretched(options.image, spans);
  const page = await options.pool.recognize({ image: pgm, langs: options.langs });
  const words = wordsOf(page).filter((word) => word.text.trim() !== "");
  const lines = [...options.lines];
  for (const item of placed) {
    const inside = words.filter((word) => {
      const centre = (word.bbox.y0 + word.bbox.y1) / 2;
      return centre >= item.top && centre < item.top + item.height;
    });
    if (inside.length === 0) continue;
    const confidence = inside.reduce((sum, word) => sum + word.confidence, 0) / inside.length;
    if (confidence < item.span.confidence + MIN_GAIN) continue;
    const line = lines[item.span.lineIndex];
    if (!line) continue;
    const replacement = attachSoundMarks(
      inside.map((word) => ({
        text: word.text.trim(),
        confidence: Math.round(word.confidence * 10) / 10,
        box: unstretch(word.bbox, item, options.image.scale),
      })),
    );
    const merged = [...line.words.slice(0, item.span.first), ...replacement, ...line.words.slice(item.span.last + 1)];
    lines[item.span.lineIndex] = {
      ...line,
      words: merged,
      text: joinWords(merged),
      confidence: Math.round((merged.reduce((sum, word) => sum + word.confidence, 0) / merged.length) * 10) / 10,
    };
  }
  return lines;
}
