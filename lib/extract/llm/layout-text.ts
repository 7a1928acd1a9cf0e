import type { OcrLine } from "@/lib/ocr/types";

/**
 * The OCR text in a compact form that keeps the layout a model needs: one line per OCR line,
 * prefixed with its vertical position in the image, and ` | ` where a wide horizontal gap
 * separates words (a label on the left, its value on the right). About as short as the plain
 * text, but "Total | $12.45" and a column of amounts stay legible as such.
 */
export function layoutText(lines: OcrLine[]): string {
  return lines.map(formatLine).join("\n");
}

function formatLine(line: OcrLine): string {
  const { words } = line;
  const charWidth = averageCharWidth(line);
  let text = words[0]?.text ?? "";
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1];
    const word = words[i];
    if (!previous || !word) continue;
    const gap = word.box.x0 - previous.box.x1;
    text += gap > charWidth * 3 ? ` | ${word.text}` : ` ${word.text}`;
  }
  return `[y=${String(Math.round(line.box.y0)).padStart(4, "0")}] ${text}`;
}

function averageCharWidth(line: OcrLine): number {
  const chars = line.words.reduce((sum, word) => sum + [...word.text].length, 0);
  const width = line.words.reduce((sum, word) => sum + (word.box.x1 - word.box.x0), 0);
  return chars > 0 ? width / chars : 10;
}
