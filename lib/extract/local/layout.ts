/**
 * The page as rows and cells of OCR words. Tesseract's own lines are not trusted: on phone
 * screenshots it often splits a left label and its right-aligned value into two lines, or keeps
 * a status bar on the same line as a title. Words are regrouped by vertical overlap into rows,
 * and each row is split into cells at wide horizontal gaps (label | value).
 */
import type { Box, OcrResult } from "@/lib/ocr/types";
import { fixMinusMisreads, fixYenMisreads, isCjkChar, normaliseText } from "./normalise-text";

/** One OCR word: its text as read (`raw`) and normalised (`text`), where it is and how sure. */
export interface Token {
  raw: string;
  text: string;
  box: Box;
  /** Tesseract's word confidence, 0–100. */
  confidence: number;
}

/**
 * Words joined into one searchable string. `offsets[i]` is where token i starts in `text`, so a
 * regex match on `text` maps back to the words (and so to a box) with `tokensIn`.
 */
export interface TextRun {
  text: string;
  tokens: Token[];
  offsets: number[];
}

/** A horizontal group of words with no wide gap inside: a label, a value, a table cell. */
export interface Cell extends TextRun {
  box: Box;
}

/** Words that stand on one visual line of the screen, left to right. */
export interface Row extends TextRun {
  /** Position of the row on the page, top to bottom. */
  index: number;
  box: Box;
  /** Median word height: the font size, which tells titles and big totals from captions. */
  height: number;
  cells: Cell[];
}

/** The smallest box holding all the given boxes. */
export function unionBoxes(boxes: Box[]): Box | null {
  const first = boxes[0];
  if (!first) return null;
  const out = { ...first };
  for (const b of boxes) {
    out.x0 = Math.min(out.x0, b.x0);
    out.y0 = Math.min(out.y0, b.y0);
    out.x1 = Math.max(out.x1, b.x1);
    out.y1 = Math.max(out.y1, b.y1);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Characters a screen shows as icons and tesseract reads as text (chevrons, bars). */
const ICON_NOISE = /^[<>›‹〉〈»«|¦︙⋮…]+$/;

/**
 * Joins tokens into one string: no space between two Japanese characters (tesseract splits
 * Japanese text into single-character words), nor inside a number split at a tiny gap.
 */
export function makeRun(tokens: Token[]): TextRun {
  let text = "";
  const offsets: number[] = [];
  let prev: Token | undefined;
  for (const token of tokens) {
    if (prev) text += separator(prev, token);
    offsets.push(text.length);
    text += token.text;
    prev = token;
  }
  // Cross-word misreads (`\` and `1,280` read as two words) are fixed after joining; both fixes
  // keep the length, so the offsets stay valid.
  return { text: fixYenMisreads(fixMinusMisreads(text)), tokens, offsets };
}

const HANGUL = /[\uac00-\ud7af]/;

/**
 * What goes between two words when joining them: nothing between Japanese characters (unless a
 * wide gap shows a real space), nothing
 * where Japanese meets Latin or digits without a visible gap (`交通系IC`, `2026年`), nothing
 * inside a number split at a tiny gap, and a space otherwise.
 */
function separator(prev: Token, next: Token, key: "text" | "raw" = "text"): string {
  const a = prev[key].slice(-1);
  const b = next[key].slice(0, 1);
  const gap = next.box.x0 - prev.box.x1;
  const height = Math.min(prev.box.y1 - prev.box.y0, next.box.y1 - next.box.y0);
  // Japanese words are split per character; only a gap of more than half a character is a space
  // the screen shows (`ファミリーマート 渋谷道玄坂店`). A long-vowel mark has a flat box, so the
  // taller of the two sets the scale.
  const tall = Math.max(prev.box.y1 - prev.box.y0, next.box.y1 - next.box.y0);
  if (isCjkChar(a) && isCjkChar(b)) return gap > tall * 0.6 ? " " : "";
  // Korean is read per syllable too, but separates its words with spaces of a quarter of a
  // syllable or more (`스타벅스 강남점`): smaller gaps are inside a word.
  if (HANGUL.test(a) && HANGUL.test(b)) return gap > tall * 0.25 ? " " : "";
  if ((isCjkChar(a) || isCjkChar(b)) && gap < height * 0.3) return "";
  // A number split at its separator (`1,` `280`); two whole numbers side by side stay apart.
  if (/[\d,.]/.test(a) && /[\d,.]/.test(b) && /[,.]/.test(a + b) && gap < height * 0.2) return "";
  return " ";
}

/** The tokens of a run that overlap the character range [start, end). */
export function tokensIn(run: TextRun, start: number, end: number): Token[] {
  return run.tokens.filter((token, i) => {
    const s = run.offsets[i] ?? 0;
    const e = s + token.text.length;
    return s < end && e > start;
  });
}

/** The raw OCR text of tokens, joined the way `makeRun` joins them. */
export function rawText(tokens: Token[]): string {
  let out = "";
  let prev: Token | undefined;
  for (const token of tokens) {
    if (prev) out += separator(prev, token, "raw");
    out += token.raw;
    prev = token;
  }
  return out;
}

/**
 * A short Latin fragment tesseract itself doubts (`es` for `••••`, `fm` for a shop icon, `.`):
 * icons and masks, not text. Japanese characters are kept, as tesseract under-rates them.
 */
function isLowConfidenceJunk(text: string, confidence: number): boolean {
  return confidence < 40 && text.replace(/\s/g, "").length <= 3 && !/\d/.test(text) && ![...text].some(isCjkChar);
}

/**
 * Drops icons read as text: a short token (`@`, `6`, `の`, `©`) much taller than the words beside
 * it is a list row's round icon, not a character of the row.
 */
function dropIcons(tokens: Token[]): Token[] {
  // Icons lead a row; inside a word a tall box is tesseract's quirk (Japanese kana), not an icon.
  let rest = tokens;
  while (rest.length >= 2) {
    const [first, ...others] = rest;
    if (!first) break;
    const h = first.box.y1 - first.box.y0;
    const short = first.text.replace(/\s/g, "").length <= 3 && !/\d{2}/.test(first.text);
    if (!(short && h > median(others.map((t) => t.box.y1 - t.box.y0)) * 1.8)) break;
    rest = others;
  }
  return rest;
}

/**
 * Drops list-row icons before grouping: a short token (`@`, `6`, `の`, `©`) whose box spans two
 * stacked text lines just right of it (a title and its sub-line) is a round icon, and left in
 * place it would glue the two lines into one row.
 */
function dropStackIcons(tokens: Token[]): Token[] {
  return tokens.filter((icon) => {
    if (icon.text.replace(/\s/g, "").length > 3 || /\d{2}/.test(icon.text)) return true;
    const width = icon.box.x1 - icon.box.x0;
    const beside = tokens.filter((t) => {
      const cy = (t.box.y0 + t.box.y1) / 2;
      return (
        t !== icon &&
        t.box.x0 >= icon.box.x1 - 4 &&
        t.box.x0 <= icon.box.x1 + width * 2 &&
        cy > icon.box.y0 &&
        cy < icon.box.y1
      );
    });
    // Two of the words beside it on different lines (barely overlapping vertically) make a stack.
    const stack = beside.some((a) => beside.some((b) => a !== b && verticalOverlap(a.box, b.box) < 0.5));
    return !stack;
  });
}
/** Month abbreviations as printed in dates (`05 Mar 2018`, `Mar 5, 2018`). */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[.,]?$/i;

/**
 * A month's name between a day and a year (`05 Mar 2018`) that tesseract doubts on worn print:
 * a date's word, not an icon, so it stays however low its confidence.
 */
function monthBetweenNumbers(text: string, before?: { text: string }, after?: { text: string }): boolean {
  return MONTH_WORD.test(text) && /\d/.test(before?.text ?? "") && /\d/.test(after?.text ?? "");
}

/**
 * A word that starts a line before a number (`Lot 3,`, `Blk 2,`, `No 7`): the capitalised head
 * of an address or item line, which worn print makes tesseract doubt; an icon's fragment is
 * rarely capitalised and first on its line.
 */
function headBeforeNumber(text: string, before?: { text: string }, after?: { text: string }): boolean {
  return before === undefined && /^\p{Lu}\p{L}{1,2}[.:]?$/u.test(text) && /^\d/.test(after?.text ?? "");
}

/** How sure tesseract must be of the capital words on both sides of a doubted one. */
const SURE_NEIGHBOUR = 85;

/** A word of capitals (`OCEAN`, `TRADING`) read surely, in the type of `box`. */
function sureCapitalWord(word: NeighbourWord | undefined, box: Box): boolean {
  if (!word || word.confidence < SURE_NEIGHBOUR || !/^\p{Lu}{2,}[.,]?$/u.test(word.text)) return false;
  const h = word.box.y1 - word.box.y0;
  const own = box.y1 - box.y0;
  return Math.min(h, own) >= Math.max(h, own) * 0.8;
}

/**
 * Two or three capitals between two words of capitals tesseract is sure of, in the same type
 * (`OCEAN LC PACKAGING`): initials inside a printed name, not an icon (an icon stands at a
 * line's edge and is rarely set in the line's capitals).
 */
function initialsInsideCapitals(text: string, box: Box, before?: NeighbourWord, after?: NeighbourWord): boolean {
  return /^\p{Lu}{2,3}$/u.test(text) && sureCapitalWord(before, box) && sureCapitalWord(after, box);
}

/** The OCR word beside a doubted one, as the rules above read it. */
interface NeighbourWord {
  text: string;
  confidence: number;
  box: Box;
}

/** A short word tesseract doubts that is printed text all the same (see the rules above). */
function doubtedButPrinted(text: string, box: Box, before?: NeighbourWord, after?: NeighbourWord): boolean {
  return (
    monthBetweenNumbers(text, before, after) ||
    headBeforeNumber(text, before, after) ||
    initialsInsideCapitals(text, box, before, after)
  );
}

/** Every non-empty OCR word of the page as a token. */
export function tokensOf(ocr: OcrResult): Token[] {
  const tokens: Token[] = [];
  for (const line of ocr.lines) {
    // A line without word boxes (another OCR engine) still counts, as one word.
    const words =
      line.words.length > 0 ? line.words : [{ text: line.text, confidence: line.confidence, box: line.box }];
    words.forEach((word, i) => {
      const raw = word.text.trim();
      if (raw === "") return;
      const text = normaliseText(raw);
      if (text === "" || ICON_NOISE.test(text)) return;
      if (isLowConfidenceJunk(text, word.confidence) && !doubtedButPrinted(text, word.box, words[i - 1], words[i + 1]))
        return;
      if (word.box.x1 <= word.box.x0 || word.box.y1 <= word.box.y0) return;
      tokens.push({ raw, text, box: word.box, confidence: word.confidence });
    });
  }
  return tokens;
}

/**
 * Vertical overlap of two boxes relative to the smaller height: 1 when one spans the other,
 * 0 when they do not touch.
 */
function verticalOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const smaller = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  return smaller <= 0 ? 0 : Math.max(0, overlap) / smaller;
}

/** True when two boxes overlap horizontally but sit at clearly different heights. */
function stacked(a: Box, b: Box): boolean {
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  // Touching edges (a pixel or two of overlap) happen between neighbours on one line.
  if (overlap <= Math.min(a.x1 - a.x0, b.x1 - b.x0) * 0.3) return false;
  const centreGap = Math.abs(a.y0 + a.y1 - b.y0 - b.y1) / 2;
  return centreGap > Math.min(a.y1 - a.y0, b.y1 - b.y0) * 0.35;
}

/** How close (in word heights) a word must stand to its neighbour to follow a slanted line. */
const SKEW_MAX_GAP = 1;
/** How much a word must overlap that neighbour, when the line's band has drifted away from it. */
const SKEW_MIN_OVERLAP = 0.7;
/** How far inside the line's band that neighbour must lie. */
const SKEW_CORE_OVERLAP = 0.65;

/**
 * A photographed receipt is often slanted: along a long line the words climb, and the line's
 * median band drifts off its first or last word (`ASO` low at the left of `ELECTRICAL TRADING SDN
 * BHD`). A word right beside one of the row's words (a space apart) and level with it is on the
 * same line, whatever the band says; a stacked line is never beside, it is above or below.
 */
function skewedNeighbourOverlap(tokens: Token[], band: Box, token: Token): number {
  const height = token.box.y1 - token.box.y0;
  let best = 0;
  for (const t of tokens) {
    const gap = Math.max(t.box.x0 - token.box.x1, token.box.x0 - t.box.x1);
    if (gap < 0 || gap > height * SKEW_MAX_GAP) continue;
    // The neighbour must be the line's own (well inside its band): a word that only just joined
    // (a smudge, an avatar's initial) does not pull the next line in.
    if (verticalOverlap(band, t.box) < SKEW_CORE_OVERLAP) continue;
    const overlap = verticalOverlap(t.box, token.box);
    if (overlap >= SKEW_MIN_OVERLAP) best = Math.max(best, overlap);
  }
  return best;
}

/**
 * Groups tokens into rows. A token joins the row whose core band (the median top and bottom of
 * its words) it overlaps by half its height; the band is the median, not the union, so that one
 * tall word cannot swallow the line below.
 */
function groupTokens(tokens: Token[]): Token[][] {
  const sorted = [...tokens].sort((a, b) => a.box.y0 + a.box.y1 - (b.box.y0 + b.box.y1));
  const groups: Array<{ tokens: Token[]; band: Box }> = [];
  for (const token of sorted) {
    let best: { tokens: Token[]; band: Box } | undefined;
    let bestOverlap = 0.5;
    // Only the last few rows can overlap: tokens come sorted by their centre.
    for (const group of groups.slice(-4)) {
      const overlap = Math.max(
        verticalOverlap(group.band, token.box),
        skewedNeighbourOverlap(group.tokens, group.band, token),
      );
      // A word on top of another one belongs to a stacked line, unless they share a centre
      // (tesseract gives Japanese words boxes that overlap their neighbours).
      const collides = group.tokens.some((t) => stacked(t.box, token.box));
      if (overlap >= bestOverlap && !collides) {
        best = group;
        bestOverlap = overlap;
      }
    }
    if (best) {
      best.tokens.push(token);
      best.band = {
        x0: 0,
        x1: 0,
        y0: median(best.tokens.map((t) => t.box.y0)),
        y1: median(best.tokens.map((t) => t.box.y1)),
      };
    } else {
      groups.push({ tokens: [token], band: { ...token.box } });
    }
  }
  return groups.map((g) => g.tokens.sort((a, b) => a.box.x0 - b.box.x0));
}

/**
 * Splits a row's tokens into cells where the gap between two words is wider than about one
 * and a half characters of the row's font: the gap between a label and its value.
 */
function splitCells(tokens: Token[], height: number): Cell[] {
  const cells: Token[][] = [];
  let current: Token[] = [];
  let prev: Token | undefined;
  for (const token of tokens) {
    if (prev) {
      const gap = token.box.x0 - prev.box.x1;
      const h = Math.min(prev.box.y1 - prev.box.y0, token.box.y1 - token.box.y0, height);
      if (gap > Math.max(h * 1.6, 12)) {
        cells.push(current);
        current = [];
      }
    }
    current.push(token);
    prev = token;
  }
  if (current.length > 0) cells.push(current);
  return cells.map((group) => ({ ...makeRun(group), box: unionBoxes(group.map((t) => t.box)) as Box }));
}

/** Builds rows (top to bottom) of cells (left to right) from an OCR result. */
export function buildRows(ocr: OcrResult): Row[] {
  const groups = groupTokens(dropStackIcons(tokensOf(ocr)))
    .map(dropIcons)
    .filter((g) => g.length > 0);
  const rows = groups.map((tokens) => {
    const height = median(tokens.map((t) => t.box.y1 - t.box.y0));
    return {
      ...makeRun(tokens),
      index: 0,
      box: unionBoxes(tokens.map((t) => t.box)) as Box,
      height,
      cells: splitCells(tokens, height),
    };
  });
  rows.sort((a, b) => a.box.y0 + a.box.y1 - (b.box.y0 + b.box.y1));
  rows.forEach((row, i) => {
    row.index = i;
  });
  return rows;
}

/** Mean OCR confidence of tokens on a 0–1 scale (0 when there are none). */
export function meanConfidence(tokens: Token[]): number {
  if (tokens.length === 0) return 0;
  const sum = tokens.reduce((acc, t) => acc + Math.min(100, Math.max(0, t.confidence)), 0);
  return sum / tokens.length / 100;
}

/** True when two boxes share some horizontal extent. */
export function overlapsHorizontally(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1;
}
