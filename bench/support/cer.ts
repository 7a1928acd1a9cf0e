/**
 * Character error rate: the edit distance between what OCR read and the reference text, per
 * reference character. Both strings are NFKC-normalised (fullwidth ＡＢＣ and halfwidth ｶﾅ fold
 * to their usual forms, as the extractor itself folds them) and stripped of all whitespace, so
 * that only characters count, not how OCR split lines or spaced words: tesseract puts spaces
 * between Japanese characters and joins a label with its value on one line, the reference
 * (the page's innerText) does neither.
 */

/** NFKC, then every whitespace character (including the ideographic space) removed. */
export function normaliseForCer(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

/** Levenshtein distance over code points (insertions, deletions, substitutions all cost 1). */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] ?? 0;
}

export interface CharacterErrorRate {
  /** Edits needed to turn the OCR text into the reference. */
  distance: number;
  /** Characters in the normalised reference. */
  length: number;
  rate: number;
}

export function characterErrorRate(reference: string, hypothesis: string): CharacterErrorRate {
  const ref = normaliseForCer(reference);
  const hyp = normaliseForCer(hypothesis);
  const distance = levenshtein(ref, hyp);
  const length = Array.from(ref).length;
  return { distance, length, rate: length === 0 ? Number.NaN : distance / length };
}
