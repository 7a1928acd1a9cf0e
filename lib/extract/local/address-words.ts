/**
 * OCR's one-letter misreads of the words Malaysian and Singaporean addresses are made of, read
 * back from a gazetteer of that vocabulary (address-gazetteer.ts: street and area types, states,
 * cities and towns, the Malay words estates are named with): `JALAM` → `JALAN`, `Petindustrian` →
 * `Perindustrian`, `SE_ANGOR` → `SELANGOR`, `NEWAH` → `MEWAH`, `SELANG0R` → `SELANGOR`. A word is
 * read back only when it is not itself a gazetteer word, has five letters or more, and is one edit
 * from exactly one gazetteer word; it keeps the case it was printed in. Anything else (a shop's or
 * a street's own name) is never touched.
 */
import { ADDRESS_GAZETTEER, ORDINARY_WORDS } from "./address-gazetteer";

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

/**
 * True when a misread differs from a word by one edit: a look-alike substituted in any word, any
 * substituted, dropped or added letter in a long one (`TAHAN` is a place, not a misread `TAMAN`).
 */
function oneEditApart(misread: string, word: string): boolean {
  if (Math.abs(misread.length - word.length) > 1 || misread === word) return false;
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

/** The gazetteer words a misread (in capitals) can stand for. */
function candidates(misread: string): string[] {
  const found = new Set<string>();
  for (const word of ADDRESS_GAZETTEER) if (oneEditApart(misread, word)) found.add(word);
  for (const [group, letter] of SPLIT_LETTERS) {
    for (let at = misread.indexOf(group); at >= 0; at = misread.indexOf(group, at + 1)) {
      const joined = misread.slice(0, at) + letter + misread.slice(at + group.length);
      if (ADDRESS_GAZETTEER.has(joined)) found.add(joined);
    }
  }
  return [...found];
}

/** The gazetteer word a misread stands for, in the misread's case, or null. */
function readBack(word: string): string | null {
  const upper = word.toUpperCase();
  const letters = (upper.match(/[A-Z]/g) ?? []).length;
  // A word of letters with at most one look-alike digit in it: `U13` or `SS2` is a section code.
  if (
    upper.length < 5 ||
    letters < upper.length - 1 ||
    !/^[A-Z0-9][A-Z0-9_'.]*[A-Z0-9]$/.test(upper) ||
    ADDRESS_GAZETTEER.has(upper) ||
    ORDINARY_WORDS.has(upper)
  ) {
    return null;
  }
  const matches = candidates(upper);
  const match = matches.length === 1 ? matches[0] : undefined;
  if (!match) return null;
  // Printed in capitals with one letter misread small (`MALAYSlA`), or in title case.
  const small = (word.match(/\p{Ll}/gu) ?? []).length;
  if (small <= 1) return match;
  return /^\p{Lu}/u.test(word) ? match[0] + match.slice(1).toLowerCase() : match.toLowerCase();
}

/**
 * The street and area abbreviations (`JLN` for jalan, `TMN` for taman) with the look-alike letter
 * OCR puts in them (`Jin`, `THN`): after a number or a comma, where a street or an area is
 * named next, neither misread is a word of an address (`JIN LONG PLAZA` opening a line may be).
 */
const ABBREVIATION_MISREADS = /(?<=[\d,/-]\s?)(?:J[iI]|T[hH])[nN](?=\s+\p{L})/gu;

/** `Jin`/`JIN` → `Jln`/`JLN`, `THN` → `TMN`, in the case printed. */
export function fixAbbreviations(line: string): string {
  return line.replace(ABBREVIATION_MISREADS, (whole: string) => {
    const small = whole[2] === "n";
    const middle = whole[0]?.toUpperCase() === "J" ? "L" : "M";
    return `${whole[0]}${small ? middle.toLowerCase() : middle}${whole[2]}`;
  });
}

/** An address line with the vocabulary words OCR misread by one letter read back. */
export function fixAddressWords(line: string): string {
  return line.replace(/[\p{L}\d_'.]+/gu, (run) => {
    // Keep what surrounds the word (`,Kawasan`, `Tampoi,`): only its letters are compared.
    const m = /^([^\p{L}\d]*)(.*?)([^\p{L}\d]*)$/u.exec(run);
    const [, lead = "", word = "", trail = ""] = m ?? [];
    const fixed = readBack(word);
    return fixed === null ? run : `${lead}${fixed}${trail}`;
  });
}
