import { z } from "zod";

/** A rectangle in pixels of the normalised image (origin top-left, x1/y1 exclusive). */
export const boxSchema = z.object({
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
});
export type Box = z.infer<typeof boxSchema>;

/** One word as tesseract read it, with its confidence (0–100) and where it stands. */
export const ocrWordSchema = z.object({
  text: z.string(),
  confidence: z.number(),
  box: boxSchema,
});
export type OcrWord = z.infer<typeof ocrWordSchema>;

/** One text line: its words in reading order. `text` joins them as tesseract did. */
export const ocrLineSchema = z.object({
  text: z.string(),
  confidence: z.number(),
  box: boxSchema,
  words: z.array(ocrWordSchema),
});
export type OcrLine = z.infer<typeof ocrLineSchema>;

/** The whole page: lines top to bottom, in the coordinates of the normalised image. */
export const ocrResultSchema = z.object({
  width: z.number().int(),
  height: z.number().int(),
  text: z.string(),
  confidence: z.number(),
  lines: z.array(ocrLineSchema),
  /** The tesseract languages the page was read with (`eng`, `jpn+eng`, …), chosen per image. */
  languages: z.string().optional(),
});
export type OcrResult = z.infer<typeof ocrResultSchema>;
