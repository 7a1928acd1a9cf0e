/**
 * The punctuation of a printed address as OCR gives it back. Thermal print's commas and full
 * stops are a few pixels apart, so OCR sets them apart from their word (`BALAKONG ,`) and takes
 * one for the other. A comma after `No` before the house number is the abbreviation's full stop
 * (`No. 12`: on the SROIE tuning labels 24 such stops against one comma).
 */

/** A comma or full stop OCR set apart from the word before it (`KEMBANGAN , SELANGOR`). */
const LONE_MARK = /(?<=[\p{L}\p{N})])\s+([,.])(?=\s|$)/gu;

/** `KEMBANGAN , SELANGOR` → `KEMBANGAN, SELANGOR`: a mark belongs to the word before it. */
export function attachLonePunctuation(text: string): string {
  return text.replace(LONE_MARK, "$1");
}

/** `No, 12` → `No. 12`: the abbreviation's stop read as a comma. */
const NUMBER_WORD_COMMA = /\b(no|NO|No),(?=\s*\d)/g;

/** An address's commas and full stops as printed: marks set apart joined, `No,` read back. */
export function fixAddressPunctuation(address: string): string {
  return attachLonePunctuation(address).replace(NUMBER_WORD_COMMA, "$1.");
}
