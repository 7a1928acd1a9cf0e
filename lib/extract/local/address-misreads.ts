/**
 * Misreads inside the short codes of an address that the word gazetteer (address-words.ts) does
 * not cover: an accent OCR put on a letter of a Malaysian address, the `l` of `Blk` read as `I`,
 * the digit of a floor's ordinal read as a letter (`SRD FLR`), a digit of the postcode read as a
 * look-alike mark (`4030) Shah Alam`). Each is read back only where the code stands, so a name is
 * never touched.
 */
import { MALAYSIAN_ADDRESS_MARK } from "./address-gazetteer";

/**
 * Malaysian and Singaporean addresses are written without accents: an `é` in `Jalan Pélabur` is
 * a speck over the letter. Elsewhere (`Köln`, `Chaussée`) accents are printed and stay (the
 * caller reads accents back only in an address with a Malaysian mark).
 */
function withoutAccents(address: string): string {
  return address.replace(/[À-ÖØ-öø-ÿ]/g, (letter) => letter.normalize("NFD").replace(/\p{M}/gu, ""));
}

/** `BIk 2`, `B1K 2` → `Blk 2`, `BLK 2`: the block abbreviation with a look-alike for its L. */
const BLOCK_MISREAD = /\bB[I1l|]([kK])(?=[\s.]*\d)/g;

/**
 * A floor's ordinal with its digit read as a letter (`SRD FLR`, `IST FLOOR`, `ZND FLOOR`): before
 * a floor word nothing but the ordinal stands there.
 */
const FLOOR_ORDINAL = /\b([SIlZ])(ST|ND|RD|st|nd|rd)(?=\.?\s*(?:FL|FLR|FLOOR|Fl|Flr|Floor)\b)/g;
const ORDINAL_DIGIT: Record<string, Record<string, string>> = {
  ST: { I: "1", l: "1" },
  ND: { Z: "2" },
  RD: { S: "3" },
};

/** Marks and letters OCR reads for a digit, and the digit. */
const POSTCODE_LOOKALIKES: Readonly<Record<string, string>> = {
  O: "0",
  o: "0",
  D: "0",
  ")": "0",
  S: "5",
  $: "5",
  I: "1",
  l: "1",
  B: "8",
};

/**
 * A Malaysian postcode (five digits before the town: `40300 Shah Alam`) with one of its digits
 * read as a look-alike (`4030)`, `$0000`, `4O300`): four digits and the look-alike, then the town.
 */
const POSTCODE_MISREAD = /(?<=^|[\s,])[\dOoDSIlB$)]{5}(?=,?\s+\p{Lu})/gu;

function fixPostcode(address: string): string {
  return address.replace(POSTCODE_MISREAD, (code: string) => {
    if (code.replace(/\d/g, "").length !== 1 || !/^[\d$S]/.test(code)) return code;
    return code.replace(/[^\d]/, (ch) => POSTCODE_LOOKALIKES[ch] ?? ch);
  });
}

/**
 * A dollar sign before digits in an address that is no postcode (`Lot $319`): an address holds no
 * amount, and the sign is the S of a lot or unit code it looks like.
 */
const DOLLAR_IN_CODE = /\$(?=\d)/g;

/** `Nol,` / `NoI Jalan`: the house number 1 after `No`, read as a letter. */
const NUMBER_ONE = /\b(N[Oo])[lI|](?=,|\s|$)/g;

/** An address with the misreads in its codes read back. */
export function fixAddressMisreads(address: string): string {
  const malaysian = MALAYSIAN_ADDRESS_MARK.test(address);
  const codes = malaysian ? fixPostcode(withoutAccents(address)).replace(DOLLAR_IN_CODE, "S") : address;
  return codes
    .replace(NUMBER_ONE, "$11")
    .replace(BLOCK_MISREAD, (_whole, k: string) => `B${k === "K" ? "L" : "l"}${k}`)
    .replace(FLOOR_ORDINAL, (whole, letter: string, suffix: string) => {
      const digit = ORDINAL_DIGIT[suffix.toUpperCase()]?.[letter];
      return digit === undefined ? whole : `${digit}${suffix}`;
    });
}
