import type { OcrWord } from "@/lib/ocr/types";
import { type IndexedLine, type OcrMatch, unionBox } from "@/lib/verify/find-in-ocr";
import { normaliseForMatch } from "@/lib/verify/normalise";

/**
 * Finds a value printed over several lines, such as an address, loosely: by its tokens. An
 * extractor joins the lines ("1420 Valencia St, San Francisco, CA 94110"), OCR keeps them apart
 * and misreads a character here and there, so the value counts as found when most of its
 * tokens (by characters) stand in a few consecutive lines.
 */

/** An address is rarely printed on more lines than this. */
const MAX_LINES = 4;
/** Share of the value's characters whose tokens must be found. */
const MIN_COVERAGE = 0.7;
/** Found tokens must hold at least this many characters: "CA" alone proves nothing. */
const MIN_FOUND_CHARS = 6;
/** A partial match is weaker evidence than a whole one. */
const PARTIAL_CONFIDENCE = 0.8;

/** Commas and other separators an extractor adds or OCR reads differently. */
const SEPARATORS = /[\s,、，;；.。・/／()（）]+/gu;
/** Dashes of every width (`1-2-3`, `1−2−3`, `1ー2ー3` as OCR reads a Japanese block number). */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70-]/gu;
const KANA_OR_HAN = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
/** Where a Japanese address changes unit: after a prefecture, city or ward, and at digits. */
const JAPANESE_BREAKS = new RegExp(
  `(?<=[都道府県市区町村郡])(?=[${KANA_OR_HAN}])|(?<=[${KANA_OR_HAN}])(?=[0-9])|(?<=[0-9])(?=[${KANA_OR_HAN}])`,
  "u",
);

function stripped(text: string): string {
  return normaliseForMatch(text).replace(SEPARATORS, "").replace(DASHES, "-");
}

/**
 * The tokens of a value: split at spaces and punctuation, and where a Japanese address moves
 * from script to digits (`神南1-2-3`) or past a prefecture, city or ward (`東京都`, `渋谷区`),
 * so that one misread character costs one token, not the whole line.
 */
export function valueTokens(value: string): string[] {
  return value
    .normalize("NFKC")
    .split(SEPARATORS)
    .flatMap((part) => part.split(JAPANESE_BREAKS))
    .map(stripped)
    .filter((token) => token.length > 0);
}

interface Window {
  text: string;
  /** For each character of `text`, the word it came from. */
  owners: OcrWord[];
  /** For each character, the line it came from (to join the text back line by line). */
  lines: number[];
}

function windowAt(index: IndexedLine[], start: number, size: number): Window {
  const window: Window = { text: "", owners: [], lines: [] };
  for (let at = start; at < start + size && at < index.length; at++) {
    for (const word of index[at]?.words ?? []) {
      const part = stripped(word.text);
      window.text += part;
      for (let i = 0; i < part.length; i++) {
        window.owners.push(word);
        window.lines.push(at);
      }
    }
  }
  return window;
}

interface Found {
  coverage: number;
  chars: number;
  words: Set<OcrWord>;
  wordLines: Map<OcrWord, number>;
  lines: number;
}

function search(window: Window, tokens: string[], size: number): Found {
  const words = new Set<OcrWord>();
  const wordLines = new Map<OcrWord, number>();
  let chars = 0;
  let from = 0;
  for (const token of tokens) {
    // Tokens are looked for in order, each after the last one found, then anywhere.
    let at = window.text.indexOf(token, from);
    if (at < 0) at = window.text.indexOf(token);
    if (at < 0) continue;
    chars += token.length;
    from = at + token.length;
    for (let i = at; i < at + token.length; i++) {
      const word = window.owners[i];
      if (word) {
        words.add(word);
        wordLines.set(word, window.lines[i] ?? 0);
      }
    }
  }
  const total = tokens.reduce((sum, token) => sum + token.length, 0);
  return { coverage: total === 0 ? 0 : chars / total, chars, words, wordLines, lines: size };
}

/** The window of up to MAX_LINES consecutive lines holding most of the tokens, in the fewest lines. */
function bestWindow(index: IndexedLine[], tokens: string[]): Found | null {
  let best: Found | null = null;
  for (let start = 0; start < index.length; start++) {
    for (let size = 1; size <= MAX_LINES && start + size <= index.length; size++) {
      const found = search(windowAt(index, start, size), tokens, size);
      if (found.coverage < MIN_COVERAGE || found.chars < MIN_FOUND_CHARS) continue;
      const better = !best || found.coverage > best.coverage + 1e-9;
      const asGoodInFewerLines = best && Math.abs(found.coverage - best.coverage) < 1e-9 && found.lines < best.lines;
      if (better || asGoodInFewerLines) best = found;
    }
  }
  return best;
}

/** Where a value printed over several lines stands, with its lines' text joined by ", ". */
export function findAcrossLines(index: IndexedLine[], value: string): OcrMatch | null {
  const tokens = valueTokens(value);
  const best = tokens.length === 0 ? null : bestWindow(index, tokens);
  if (!best) return null;
  const lineOf = (word: OcrWord) => best.wordLines.get(word) ?? 0;
  const words = [...best.words].sort((a, b) => lineOf(a) - lineOf(b) || a.box.x0 - b.box.x0);
  const lines = new Map<number, string[]>();
  for (const word of words) lines.set(lineOf(word), [...(lines.get(lineOf(word)) ?? []), word.text]);
  // The lines joined as an extractor joins them.
  const text = [...lines.values()].map((texts) => texts.join(" ")).join(", ");
  const mean = words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100;
  return {
    text,
    box: unionBox(words.map((word) => word.box)),
    confidence: best.coverage >= 1 ? mean : mean * PARTIAL_CONFIDENCE,
  };
}
