/**
 * The one normal form OCR text and extracted values are compared in: NFKC (full-width digits
 * and letters become ASCII, half-width katakana becomes full-width), lower case, no spaces
 * (tesseract may put them between Japanese characters), no mask characters (the bullets of
 * "Visa •••• 4242", which OCR reads as anything), and the yen sign tesseract reads as a
 * backslash restored.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\\(?=\d)/g, "¥")
    .replace(/[\s\u3000•●∙⋅·*]+/g, "");
}
