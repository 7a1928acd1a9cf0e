/**
 * A word OCR misread by one letter, read back from a closed vocabulary (an address's gazetteer, a
 * company's trade words). One edit: a look-alike character in any word (`M`/`N`, `I`/`l`/`1`,
 * `O`/`0`/`D`, `S`/`5`, `B`/`E`/`8`, `rn` for `m`), any letter substituted, dropped or added in a
 * long word; and only when exactly one vocabulary word is that close.
 */

/**
 * Characters OCR takes for one another on receipt print, as pairs: letters (`JALAM`, `MALAYSlA`,
 * `SE_ANGOR`) and the digits that look like letters (`SELANG0R`, `8ANDAR`, `KLAN6`).
 */
const CONFUSABLE = new Set(
  [
    "MN",
    "IL",
    "IJ",
    "L_",
    "I_",
    "OD",
    "OQ",
    "UV",
    "CG",
    "EF",
    "BE",
    "HN",
    "0O",
    "0D",
    "1I",
    "1L",
    "5S",
    "8B",
    "6G",
    "2Z",
  ].map((pair) => [...pair].sort().join("")),
);

/** Look-alike letter groups OCR reads for one letter (`rn` for `m`, `vv` for `w`). */
const SPLIT_LETTERS: Array<[string, string]> = [
  ["RN", "M"],
  ["VV", "W"],
];

/** Words this long or longer may have any letter misread, dropped or doubled. */
const LONG_WORD = 7;

/** A closed vocabulary to read misreads back to. */
export interface Vocabulary {
  /** The words, in capitals. */
  words: ReadonlySet<string>;
  /** Ordinary words one edit from a vocabulary word: known, so never read back. */
  ordinary: ReadonlySet<string>;
  /** Only letters swapped, never dropped or added (a trade word's plural is a word too). */
  sameLength?: boolean;
}

/**
 * True when a misread differs from a word by one edit: a look-alike substituted in any word, any
 * substituted, dropped or added letter in a long one (`TAHAN` is a place, not a misread `TAMAN`).
 */
function oneEditApart(misread: string, word: string, sameLength: boolean): boolean {
  if (Math.abs(misread.length - word.length) > (sameLength ? 0 : 1) || misread === word) return false;
  let i = 0;
  while (i < misread.length && i < word.length && misread[i] === word[i]) i++;
  if (misread.length === word.length) {
    if (misread.slice(i + 1) !== word.slice(i + 1)) return false;
    const pair = [misread[i], word[i]].sort().join("");
    const digit = /\d/.test(misread[i] ?? "");
    return (word.length >= LONG_WORD && !digit) || CONFUSABLE.has(pair);
  }
  if (word.length < LONG_WORD) return false;
  return misread.length > word.length ? misread.slice(i + 1) === word.slice(i) : misread.slice(i) === word.slice(i + 1);
}

/** The vocabulary words a misread (in capitals) can stand for. */
function candidates(misread: string, vocabulary: Vocabulary): string[] {
  const found = new Set<string>();
  for (const word of vocabulary.words) {
    if (oneEditApart(misread, word, vocabulary.sameLength ?? false)) found.add(word);
  }
  if (vocabulary.sameLength) return [...found];
  for (const [group, letter] of SPLIT_LETTERS) {
    for (let at = misread.indexOf(group); at >= 0; at = misread.indexOf(group, at + 1)) {
      const joined = misread.slice(0, at) + letter + misread.slice(at + group.length);
      if (vocabulary.words.has(joined)) found.add(joined);
    }
  }
  return [...found];
}

/**
 * The vocabulary word a misread stands for, in the misread's case, or null: only a word of five
 * characters and more, neither in the vocabulary nor a known ordinary word, one edit from exactly
 * one vocabulary word.
 */
export function readBackWord(word: string, vocabulary: Vocabulary): string | null {
  const upper = word.toUpperCase();
  const letters = (upper.match(/[A-Z]/g) ?? []).length;
  // A word of letters with at most one look-alike digit in it: `U13` or `SS2` is a section code.
  if (
    upper.length < 5 ||
    letters < upper.length - 1 ||
    !/^[A-Z0-9][A-Z0-9_'.]*[A-Z0-9]$/.test(upper) ||
    vocabulary.words.has(upper) ||
    vocabulary.ordinary.has(upper)
  ) {
    return null;
  }
  const matches = candidates(upper, vocabulary);
  const match = matches.length === 1 ? matches[0] : undefined;
  if (!match) return null;
  // Printed in capitals with one letter misread small (`MALAYSlA`), or in title case.
  const small = (word.match(/\p{Ll}/gu) ?? []).length;
  if (small <= 1) return match;
  return /^\p{Lu}/u.test(word) ? match[0] + match.slice(1).toLowerCase() : match.toLowerCase();
}

/** A text with every word one edit from exactly one vocabulary word read back. */
export function readBackWords(text: string, vocabulary: Vocabulary): string {
  return text.replace(/[\p{L}\d_'.]+/gu, (run) => {
    // Keep what surrounds the word (`,Kawasan`, `Tampoi,`): only its letters are compared.
    const m = /^([^\p{L}\d]*)(.*?)([^\p{L}\d]*)$/u.exec(run);
    const [, lead = "", word = "", trail = ""] = m ?? [];
    const fixed = readBackWord(word, vocabulary);
    return fixed === null ? run : `${lead}${fixed}${trail}`;
  });
}
