/**
 * The little the CLI needs from a terminal: colours (off unless it is a TTY, and off with
 * NO_COLOR), display widths that count East Asian wide characters as two columns, and
 * ANSI-aware truncation so a redrawn line never wraps.
 */

const ESC = "\u001b[";
/** ANSI sequences the CLI writes: SGR colours and cursor movement. */
const ANSI_PATTERN = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");

/** The escape sequences the progress view redraws with. */
export const ansi = {
  hideCursor: `${ESC}?25l`,
  showCursor: `${ESC}?25h`,
  clearLine: `${ESC}2K`,
  up: (lines: number) => (lines > 0 ? `${ESC}${lines}A` : ""),
};

/** Text styles; every function is the identity when colours are off. */
export interface Style {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
  cyan: (text: string) => string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === "" ? text : `${ESC}${open}m${text}${ESC}${close}m`);
}

/** Styles that colour, or leave text alone. */
export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    const plain = (text: string) => text;
    return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };
  }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
  };
}

/** Whether to use colours and cursor movement on `stream`: a TTY, not `TERM=dumb`, no NO_COLOR. */
export function isInteractive(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Whether to colour `stream`: interactive, and NO_COLOR unset. */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return isInteractive(stream, env) && !env.NO_COLOR;
}

/** The text without ANSI sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, "");
}

function charWidth(codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  // Combining marks and zero-width joiners/selectors.
  if (
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f)
  ) {
    return 0;
  }
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Columns the text takes on a terminal (ANSI sequences take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripAnsi(text)) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Pads with spaces to `width` columns (on the right, or the left with `alignRight`). */
export function pad(text: string, width: number, alignRight = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}

/**
 * Cuts the text to at most `width` columns, ending it with `…` when cut. ANSI sequences are
 * kept (and closed with a reset) so colours never leak into the next line.
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  let styled = false;
  let at = 0;
  while (at < text.length) {
    ANSI_PATTERN.lastIndex = at;
    const match = text.startsWith(ESC, at) ? ANSI_PATTERN.exec(text) : null;
    if (match && match.index === at) {
      out += match[0];
      styled = true;
      at += match[0].length;
      continue;
    }
    const codePoint = text.codePointAt(at) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const w = charWidth(codePoint);
    if (used + w > width - 1) break;
    out += char;
    used += w;
    at += char.length;
  }
  return `${out}…${styled ? `${ESC}0m` : ""}`;
}

// Amounts, durations and ordinals: the same formatting as the page, in English.
export { formatDuration, formatMoney, ordinal } from "@/lib/client/format";
