/** The longest file name kept, in characters (code points): enough for any real screenshot. */
export const MAX_FILE_NAME_LENGTH = 200;

/** What a file name without a usable character is called. */
export const DEFAULT_FILE_NAME = "screenshot";

/**
 * Control characters (C0, DEL, C1), the bidi controls that reorder what follows them
 * (ALM, LRM, RLM, LRE…RLO, LRI…PDI: `invoice\u202Egnp.exe` shows as `invoiceexe.png`), and the
 * line and paragraph separators. None belongs in a name shown in the page, a CSV or a log.
 */
const UNWANTED = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

/**
 * A user's file name as Sukusho stores and shows it: unwanted characters removed, NFC (macOS
 * sends Japanese names decomposed, which would then not match a search typed on a keyboard),
 * trimmed, at most MAX_FILE_NAME_LENGTH characters, never empty.
 */
export function cleanFileName(name: string): string {
  const cleaned = name.normalize("NFC").replace(UNWANTED, "").trim();
  const short = Array.from(cleaned).slice(0, MAX_FILE_NAME_LENGTH).join("").trim();
  return short === "" ? DEFAULT_FILE_NAME : short;
}
