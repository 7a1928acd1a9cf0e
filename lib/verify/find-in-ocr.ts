import type { Box, OcrResult, OcrWord } from "@/lib/ocr/types";
import { normaliseForMatch } from "@/lib/verify/normalise";

export interface OcrMatch {
  /** The words' own text, as read. */
  text: string;
  box: Box;
  /** Mean OCR confidence of the matched words, 0 to 1. */
  confidence: number;
}

export interface IndexedLine {
  normalised: string;
  /** For each character of `normalised`, the index of the word it came from. */
  owners: number[];
  words: OcrWord[];
}

/** Builds, once per page, each line's normal form with a map back to its words. */
export function indexOcr(ocr: OcrResult): IndexedLine[] {
  return ocr.lines.map((line) => {
    let normalised = "";
    const owners: number[] = [];
    line.words.forEach((word, index) => {
      const part = normaliseForMatch(word.text);
      normalised += part;
      for (let i = 0; i < part.length; i++) owners.push(index);
    });
    return { normalised, owners, words: line.words };
  });
}

export function unionBox(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

export interface FindOptions {
  /**
   * The value is a number: it must stand on its own, not inside a longer one (a tax of 78 is
   * not the end of the phone number 03-1234-5678, nor 1,062 the start of 1,062.50).
   */
  wholeNumber?: boolean;
}

const DIGIT = /\d/;
const DECIMAL_MARK = /[.,]/;

/**
 * Whether the stretch `start`..`end` of a line is not part of a longer number. Only characters
 * of the same OCR words count: "2 4.29" (a quantity, then the amount) holds 4.29 on its own.
 */
function standsAlone(line: IndexedLine, start: number, end: number): boolean {
  const first = line.owners[start];
  const last = line.owners[end - 1];
  const at = (i: number, word: number | undefined) => (line.owners[i] === word ? (line.normalised[i] ?? "") : "");
  const before = at(start - 1, first);
  const after = at(end, last);
  if (DIGIT.test(before) || DIGIT.test(after)) return false;
  if (DECIMAL_MARK.test(before) && DIGIT.test(at(start - 2, first))) return false;
  return !(DECIMAL_MARK.test(after) && DIGIT.test(at(end + 1, last)));
}

/**
 * Looks for any of the candidate spellings of a value in the OCR lines (within one line) and
 * returns where the first, most specific one stands. Candidates are tried in order, so list
 * the most specific spelling first.
 */
export function findInOcr(index: IndexedLine[], candidates: string[], options: FindOptions = {}): OcrMatch | null {
  return findExact(index, candidates, options) ?? findLoose(index, candidates, options);
}

/** Where `needle` first stands in a line, on its own when it must be; -1 when nowhere. */
function occurrence(line: IndexedLine, needle: string, options: FindOptions): number {
  const text = line.normalised;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!options.wholeNumber || standsAlone(line, at, at + needle.length)) return at;
  }
  return -1;
}

function findExact(index: IndexedLine[], candidates: string[], options: FindOptions): OcrMatch | null {
  for (const candidate of candidates) {
    const needle = normaliseForMatch(candidate);
    if (needle.length === 0) continue;
    for (const line of index) {
      const at = occurrence(line, needle, options);
      if (at < 0) continue;
      const first = line.owners[at] ?? 0;
      const last = line.owners[at + needle.length - 1] ?? first;
      const words = line.words.slice(first, last + 1);
      return {
        text: words.map((word) => word.text).join(" "),
        box: unionBox(words.map((word) => word.box)),
        confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100,
      };
    }
  }
  return null;
}

/** Extra characters OCR may have put inside a value (a misread mask, a stray mark). */
const LOOSE_SLACK = 3;
/** Shorter values are too easy to find by accident in a line. */
const LOOSE_MIN_LENGTH = 5;
/** A loose match is weaker evidence than an exact one. */
const LOOSE_CONFIDENCE = 0.8;

/**
 * The fallback: the value's characters in order within one line, with at most LOOSE_SLACK
 * others among them ("visa4242" in OCR's "visaes4242").
 */
function findLoose(index: IndexedLine[], candidates: string[], options: FindOptions): OcrMatch | null {
  for (const candidate of candidates) {
    const needle = normaliseForMatch(candidate);
    if (needle.length < LOOSE_MIN_LENGTH) continue;
    for (const line of index) {
      const span = tightestSpan(needle, line.normalised);
      if (!span || span.end - span.start > needle.length + LOOSE_SLACK) continue;
      if (options.wholeNumber && !standsAlone(line, span.start, span.end)) continue;
      const words = line.words.slice(line.owners[span.start] ?? 0, (line.owners[span.end - 1] ?? 0) + 1);
      return {
        text: words.map((word) => word.text).join(" "),
        box: unionBox(words.map((word) => word.box)),
        confidence: (LOOSE_CONFIDENCE * words.reduce((sum, word) => sum + word.confidence, 0)) / words.length / 100,
      };
    }
  }
  return null;
}

/** The shortest stretch of `haystack` holding `needle`'s characters in order, if any. */
function tightestSpan(needle: string, haystack: string): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (
    let start = haystack.indexOf(needle[0] ?? "");
    start >= 0;
    start = haystack.indexOf(needle[0] ?? "", start + 1)
  ) {
    let at = 0;
    let end = start;
    while (end < haystack.length && at < needle.length) {
      if (haystack[end] === needle[at]) at++;
      end++;
    }
    if (at < needle.length) break;
    if (!best || end - start < best.end - best.start) best = { start, end };
  }
  return best;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at === needle.length;
}

/**
 * Confirms a value an extractor says it read at `box`: the words there must contain the
 * value's characters in order. Tolerates what a cleaning extractor dropped (a mask symbol OCR
 * misread, a stray space) but not a value the words do not hold.
 */
export function confirmAtBox(index: IndexedLine[], box: Box, value: string): OcrMatch | null {
  const needle = normaliseForMatch(value);
  if (needle.length === 0) return null;
  const words = index.flatMap((line) => line.words.filter((word) => overlaps(word.box, box)));
  if (words.length === 0) return null;
  const haystack = words.map((word) => normaliseForMatch(word.text)).join("");
  if (!isSubsequence(needle, haystack)) return null;
  return {
    text: words.map((word) => word.text).join(" "),
    box: unionBox(words.map((word) => word.box)),
    confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100,
  };
}
