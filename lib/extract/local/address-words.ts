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
import { readBackWords } from "./misread-word";

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
  return readBackWords(line, { words: ADDRESS_GAZETTEER, ordinary: ORDINARY_WORDS });
}
