/**
 * The words every Malaysian and Singaporean address is made of (street types, area types, the
 * states), and OCR's one-letter misreads of them read back (`JALAM` → `JALAN`, `Petindustrian` →
 * `Perindustrian`, `SE_ANGOR` → `SELANGOR`). A closed vocabulary, not names: a shop's or a
 * street's own name is never changed. Only words of five letters and more, one letter off from
 * exactly one vocabulary word, are read back, in the case they were printed in. Words one letter
 * from an ordinary English word (`FLOOR`/`FLOUR`, `BLOCK`/`BLACK`) are left out of the list.
 */

/** Street, area and building words, and the states and territories, as printed on receipts. */
const ADDRESS_WORDS = [
  "JALAN",
  "TAMAN",
  "LORONG",
  "PERSIARAN",
  "LEBUH",
  "LEBUHRAYA",
  "KAWASAN",
  "PERINDUSTRIAN",
  "PERUSAHAAN",
  "BANDAR",
  "SEKSYEN",
  "KAMPUNG",
  "MUKIM",
  "DAERAH",
  "PANGSAPURI",
  "KOMPLEKS",
  "MENARA",
  "WISMA",
  "BANGUNAN",
  "PUSAT",
  "PERNIAGAAN",
  "DAGANGAN",
  "SECTION",
  "STREET",
  "AVENUE",
  "CENTRE",
  "PLAZA",
  "MALAYSIA",
  "SINGAPORE",
  "JOHOR",
  "KEDAH",
  "KELANTAN",
  "MELAKA",
  "NEGERI",
  "SEMBILAN",
  "PAHANG",
  "PENANG",
  "PINANG",
  "PERAK",
  "PERLIS",
  "SABAH",
  "SARAWAK",
  "SELANGOR",
  "TERENGGANU",
  "KUALA",
  "LUMPUR",
  "PUTRAJAYA",
  "LABUAN",
  "DARUL",
  "EHSAN",
  "TAKZIM",
] as const;

/** Letters OCR takes for one another on receipt print (`JALAM`, `MALAYSlA`, `SE_ANGOR`). */
const CONFUSABLE = ["MN", "IL", "L_", "I_", "OD", "OQ", "UV", "CG", "EF"];

/**
 * True when a misread differs from a word by one letter: any substituted, dropped or added
 * letter in a long word, only a look-alike substituted in a short one (`TAHAN` is a place, not
 * a misread `TAMAN`).
 */
function oneEditApart(misread: string, word: string): boolean {
  if (Math.abs(misread.length - word.length) > 1 || misread === word) return false;
  let i = 0;
  while (i < misread.length && i < word.length && misread[i] === word[i]) i++;
  if (misread.length === word.length) {
    if (misread.slice(i + 1) !== word.slice(i + 1)) return false;
    const pair = [misread[i], word[i]].sort().join("");
    return word.length >= 7 || CONFUSABLE.some((c) => [...c].sort().join("") === pair);
  }
  if (word.length < 7) return false;
  return misread.length > word.length ? misread.slice(i + 1) === word.slice(i) : misread.slice(i) === word.slice(i + 1);
}

/** The vocabulary word a misread stands for, in the misread's case, or null. */
function readBack(word: string): string | null {
  const upper = word.toUpperCase();
  if (
    upper.length < 5 ||
    !/^[A-Z][A-Z_'.]*[A-Z]$/.test(upper) ||
    (ADDRESS_WORDS as readonly string[]).includes(upper)
  ) {
    return null;
  }
  const matches = ADDRESS_WORDS.filter((w) => oneEditApart(upper, w));
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
  return line.replace(/[\p{L}_'.]+/gu, (run) => {
    // Keep what surrounds the word (`,Kawasan`, `Tampoi,`): only its letters are compared.
    const m = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/u.exec(run);
    const [, lead = "", word = "", trail = ""] = m ?? [];
    const fixed = readBack(word);
    return fixed === null ? run : `${lead}${fixed}${trail}`;
  });
}
