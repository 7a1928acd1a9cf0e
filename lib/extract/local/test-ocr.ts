/**
 * Test helper: builds an OcrResult from rows of text laid out like a phone screen, so that the
 * extractor tests read as the screen they describe:
 *
 *   ocrFromRows(["Payment successful", { cells: ["$12.45"], height: 90 }, "Total | $12.45"])
 *
 * A string row is split into cells at ` | `: the first cell is left-aligned, the last one
 * right-aligned, middle ones spread between. Each cell becomes its own OCR line (tesseract
 * often splits a label and its distant value), each word its own OCR word.
 */
import type { Box, OcrLine, OcrResult, OcrWord } from "@/lib/ocr/types";
import { isCjkChar } from "./normalise-text";

/** One cell: its text and where it stands (left edge, or right edge when right-aligned). */
export interface CellSpec {
  text: string;
  x?: number;
  align?: "left" | "right" | "center";
}

/** One row of the screen. */
export interface RowSpec {
  cells: Array<string | CellSpec>;
  /** Text height in pixels (the font size); big for a prominent total. */
  height?: number;
  /** Extra space above the row. */
  gapBefore?: number;
  /** Tesseract confidence of every word of the row, 0–100. */
  confidence?: number;
  /** Absolute top of the row, overriding the running layout. */
  y?: number;
}

/** Page options. */
export interface OcrOptions {
  width?: number;
  height?: number;
  /** Default text height. */
  rowHeight?: number;
  /** Space between rows. */
  rowGap?: number;
  /** Top of the first row. */
  top?: number;
  /** Split Japanese text into one OCR word per character, as tesseract does. */
  splitJapanese?: boolean;
}

function charWidth(ch: string, h: number): number {
  if (ch === " ") return h * 0.35;
  return isCjkChar(ch) ? h : h * 0.55;
}

function textWidth(text: string, h: number): number {
  return [...text].reduce((w, ch) => w + charWidth(ch, h), 0);
}

/** The OCR words of a cell, each flagged when a space (not a script change) precedes it. */
function wordsOf(text: string, splitJapanese: boolean): Array<{ text: string; spaced: boolean }> {
  const words = text.split(/ +/).filter((w) => w !== "");
  if (!splitJapanese) return words.map((w) => ({ text: w, spaced: true }));
  // Tesseract returns Japanese one character at a time, Latin runs as words.
  return words.flatMap((w) =>
    (w.match(/[\u3000-\u9fff\uff00-\uffef]|[^\u3000-\u9fff\uff00-\uffef]+/g) ?? [w]).map((piece, i) => ({
      text: piece,
      spaced: i === 0,
    })),
  );
}

function union(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

function layoutCell(text: string, x0: number, y0: number, h: number, confidence: number, split: boolean): OcrLine {
  const words: OcrWord[] = [];
  let x = x0;
  for (const word of wordsOf(text, split)) {
    // Pieces split off one word touch; words are a space apart.
    if (words.length > 0) x += word.spaced ? h * 0.35 : h * 0.05;
    const w = textWidth(word.text, h);
    words.push({ text: word.text, confidence, box: { x0: Math.round(x), y0, x1: Math.round(x + w), y1: y0 + h } });
    x += w;
  }
  return { text: words.map((w) => w.text).join(" "), confidence, box: union(words.map((w) => w.box)), words };
}

/** Builds an OcrResult from screen rows. */
export function ocrFromRows(rows: Array<string | RowSpec>, options: OcrOptions = {}): OcrResult {
  const width = options.width ?? 1170;
  const rowHeight = options.rowHeight ?? 36;
  const rowGap = options.rowGap ?? 40;
  const margin = Math.round(width * 0.06);
  const lines: OcrLine[] = [];
  let y = options.top ?? 200;
  for (const spec of rows) {
    const row: RowSpec = typeof spec === "string" ? { cells: spec.split(" | ") } : spec;
    const h = row.height ?? rowHeight;
    y = row.y ?? y + (row.gapBefore ?? 0);
    const confidence = row.confidence ?? 95;
    const cells = row.cells.map((c) => (typeof c === "string" ? { text: c } : c));
    cells.forEach((cell, i) => {
      if (cell.text.trim() === "") return;
      const w = textWidth(cell.text, h);
      const align = cell.align ?? (cells.length > 1 && i === cells.length - 1 ? "right" : "left");
      const spread = margin + (((width - 2 * margin) * i) / Math.max(1, cells.length - 1)) * 0.55;
      let x = cell.x ?? (i === 0 ? margin : spread);
      if (align === "right") x = (cell.x ?? width - margin) - w;
      if (align === "center") x = (width - w) / 2;
      lines.push(layoutCell(cell.text, Math.round(x), Math.round(y), h, confidence, options.splitJapanese ?? false));
    });
    y += h + rowGap;
  }
  const height = options.height ?? Math.max(y + 200, 2532);
  return {
    width,
    height,
    text: lines.map((l) => l.text).join("\n"),
    confidence: 90,
    lines,
  };
}
