/**
 * The lines of a printed receipt's address as OCR gives them: smudges and rules at their edges
 * trimmed, and the lines that sit around an address without being part of it (a phone number, a
 * tax or registration number, a branch's name over the street line) told apart. True of
 * receipts in general: an address is printed as text between margins, so what OCR adds at a
 * line's edge (`|`, `—`, `_`, a quote from a fold) is not the address.
 */

import { attachLonePunctuation } from "./address-punctuation";
import { fixAddressWords } from "./address-words";

/** A whole word made only of marks (`—`, `|`, `_`, `:`, `~`): a rule, a fold or a smudge. */
const MARKS_WORD = /^[|!_~—–\-*:;.,'‘’“”"•·¢]+$/u;

/** The marks OCR reads at a line's start: quotes, bars, dashes, colons (not `(` or `#`). */
const LEADING_MARKS = /^[\s‘’'“”"|!_~—–\-*:;.,¢•·]+/u;
/** The marks OCR reads at a line's end; a final `.` `,` `)` is printed and stays. */
const TRAILING_MARKS = /[\s|!_~—–*:;'‘’“”•·]+$/u;

/**
 * A line of an address without the marks OCR read at its edges (whole words of marks first: a
 * `:` inside the line, as in `LOT NO : 20`, is printed), with a comma OCR set apart joined to its
 * word, and with `§` before digits read back as the 5 it was (`§7100` → `57100`). Words are as
 * read: see cleanAddressLine.
 */
export function trimAddressEdges(text: string): string {
  // A comma OCR set apart at the line's end is printed, not a smudge: it joins its word first.
  const words = attachLonePunctuation(text)
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.replace(/§(?=\d)/g, "5"));
  while (words.length > 1 && MARKS_WORD.test(words[0] ?? "")) words.shift();
  while (words.length > 1 && MARKS_WORD.test(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ").replace(LEADING_MARKS, "").replace(TRAILING_MARKS, "");
}

/** A line of an address trimmed, and the address words OCR misread by a letter read back (address-words.ts). */
export function cleanAddressLine(text: string): string {
  return fixAddressWords(trimAddressEdges(text));
}

/**
 * A phone or id number line: few letters beside it (a label such as `Tel`, `H/P`, a hotline's
 * name before a colon) and a number of 8 to 13 digits in groups, starting with 0, a `+`, or a
 * hotline's 1300/1800 (`+603-91 30 2672`, `Fax03- 55423228`, `1800 88 1231`), or ten digits
 * and more in one run (a tax id whose label OCR garbled). An address's numbers are shorter.
 */
export function phoneLine(text: string): boolean {
  const beforeColon = text.includes(":") ? text.slice(text.lastIndexOf(":") + 1) : text;
  const letters = (beforeColon.match(/\p{L}/gu) ?? []).length;
  if (letters >= 10) return false;
  for (const m of beforeColon.matchAll(/(?<!\d)\+?\d[\d\s-]{6,18}\d(?!\d)/gu)) {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 8 || digits.length > 13) continue;
    if (/^(?:\+|0|6|1[38]00)/.test(m[0]) && /[\s-]/.test(m[0].slice(1))) return true;
    if (/^0\d{8,}$|^\d{10,}$/.test(m[0])) return true;
  }
  return false;
}

/** A tax or registration id line (`GST No: 000945983488`, `SST ID : …`, `Co Reg No: 797887-W`). */
export function taxIdLine(text: string): boolean {
  return (
    /\b(?:gst|sst|vat|tax\s?id|co\.?\s?reg|reg(?:istration)?\.?\s?no|roc)\b/i.test(text) &&
    /\d{5,}/.test(text.replace(/\s/g, "")) &&
    !/\b(?:jalan|jln|taman|road|street|lot)\b/i.test(text)
  );
}

/** States, territories and countries an address ends with, and the honorifics states carry. */
const REGION_LINE =
  /^(?:(?:selangor|johor|kedah|kelantan|melaka|malacca|negeri sembilan|pahang|penang|pulau pinang|perak|perlis|sabah|sarawak|terengganu|kuala lumpur|putrajaya|labuan|w\.?\s?p\.?|wilayah persekutuan|malaysia|singapore)(?:\s+(?:darul\s+\p{L}+|d\.?\s?e\.?|d\.?\s?t\.?))?[\s.,]*)+$/iu;

/**
 * A line that is only a state or a country (`Selangor`, `SELANGOR DARUL EHSAN`, `Malaysia`): the
 * address's last line. What a till prints under it (a branch's or a station's name) is not.
 */
export function regionLine(text: string): boolean {
  return REGION_LINE.test(text.trim());
}

/**
 * A British postcode's inward part is a digit then two letters (`NW1 0JH`): a letter O read
 * there is the zero it looks like.
 */
export function fixPostcodeZero(text: string): string {
  return text.replace(
    /\b([A-Z]{1,2}\d[A-Z\d]?)( ?)O([A-Z]{2})\b/g,
    (_whole, outward: string, space: string, tail: string) => `${outward}${space}0${tail}`,
  );
}
