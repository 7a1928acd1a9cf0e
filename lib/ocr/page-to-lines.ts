import type Tesseract from "tesseract.js";
import type { Box, OcrLine } from "@/lib/ocr/types";

/** How a strip's pixels map back onto the normalised image. */
export interface StripMapping {
  /** The strip's first row, in OCR pixels. */
  top: number;
  /** Words whose vertical centre lies outside [coreTop, coreBottom) belong to another strip. */
  coreTop: number;
  coreBottom: number;
  /** OCR pixels per image pixel. */
  scale: number;
}

function mapBox(bbox: Tesseract.Bbox, mapping: StripMapping): Box {
  const round = (value: number) => Math.round(value / mapping.scale);
  return {
    x0: round(bbox.x0),
    y0: round(bbox.y0 + mapping.top),
    x1: round(bbox.x1),
    y1: round(bbox.y1 + mapping.top),
  };
}

function inCore(bbox: Tesseract.Bbox, mapping: StripMapping): boolean {
  const centre = mapping.top + (bbox.y0 + bbox.y1) / 2;
  return centre >= mapping.coreTop && centre < mapping.coreBottom;
}

/**
 * Flattens tesseract's blocks → paragraphs → lines into lines in image coordinates, dropping
 * empty words and the lines another strip is responsible for.
 */
export function pageToLines(page: Tesseract.Page, mapping: StripMapping): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        if (!inCore(line.bbox, mapping)) continue;
        const words = line.words
          .filter((word) => word.text.trim() !== "")
          .map((word) => ({
            text: word.text.trim(),
            confidence: Math.round(word.confidence * 10) / 10,
            box: mapBox(word.bbox, mapping),
          }));
        if (words.length === 0) continue;
        lines.push({
          text: line.text.trim(),
          confidence: Math.round(line.confidence * 10) / 10,
          box: mapBox(line.bbox, mapping),
          words,
        });
      }
    }
  }
  return lines;
}
