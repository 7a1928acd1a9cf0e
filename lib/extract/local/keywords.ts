/**
 * Matching lexicon words in normalised text. English words match on word boundaries and
 * without case (so `total` does not match inside `subtotal` and `To` not inside `Total`);
 * Japanese words match as substrings, because Japanese has no spaces to mark boundaries.
 */
import { hasJapanese } from "./normalise-text";

const cache = new Map<string, RegExp>();
const HANGUL = /[\uac00-\ud7af]/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regex for one lexicon word: word-bounded for Latin text, plain for Japanese. */
function wordRegex(word: string): RegExp {
  let re = cache.get(word);
  if (!re) {
    // Spaces inside a phrase may be missing or doubled in OCR output.
    // OCR drops accents on thin print (`Geschaft` for `Geschäft`): an accented letter also
    // matches its bare form.
    const body = escapeRegex(word)
      .replace(/ /g, "\\s*")
      .replace(/[àâäçéèêëîïôöùûü]/g, (ch) => `[${ch}${ch.normalize("NFD")[0]}]`);
    // Spaced-out Japanese labels (`合 計`) keep a space between their characters. Korean is
    // read per syllable too, so OCR may put a space inside a word (`승인 번호`) or drop one.
    const korean = HANGUL.test(word);
    const chars = [...(korean ? word.replace(/\s+/g, "") : word)];
    const spaced = chars.map(escapeRegex).join(korean ? "\\s*" : "\\s?");
    re = korean || hasJapanese(word) ? new RegExp(spaced, "i") : new RegExp(`(?<![A-Za-z])${body}(?![A-Za-z])`, "i");
    cache.set(word, re);
  }
  return re;
}

/** Where a word occurs in a text, or null. */
export function findWord(text: string, word: string): { start: number; end: number } | null {
  const m = wordRegex(word).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** True when any of the words occurs in the text. */
export function hasAnyWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => wordRegex(word).test(text));
}

/** The first word of the list (in list order) that occurs in the text, with its position. */
export function firstWord(text: string, words: readonly string[]): { word: string; start: number; end: number } | null {
  for (const word of words) {
    const at = findWord(text, word);
    if (at) return { word, ...at };
  }
  return null;
}

/**
 * When a text starts with one of the labels (ignoring icon noise before it), returns the label
 * and the offset where its value starts: after the label and any `:`/`#`/spaces. The longest
 * label wins so that `Payment method` is not taken as `Payment`.
 */
export function labelAt(text: string, labels: readonly string[]): { label: string; valueStart: number } | null {
  const lead = /^[^\p{L}\p{N}]*/u.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  let best: { label: string; valueStart: number } | null = null;
  let bestLength = 0;
  for (const label of labels) {
    const m = wordRegex(label).exec(rest);
    if (m === null) continue;
    if (m.index !== 0 || m[0].length <= bestLength) continue;
    const sep = /^[\s:：#.-]*/.exec(rest.slice(m[0].length))?.[0].length ?? 0;
    best = { label, valueStart: lead + m[0].length + sep };
    bestLength = m[0].length;
  }
  return best;
}
