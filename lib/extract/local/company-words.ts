/**
 * The trade words company names on receipts are built with (`BAKERIES`, `HARDWARE`,
 * `STATIONERY`, `TELECOMMUNICATIONS`), and OCR's one-letter misreads of them read back
 * (`BAKERLES` → `BAKERIES`). Written from general knowledge of how shops and firms name
 * themselves, not from any dataset's labels; the owner's or brand's own words are never touched.
 */
import { readBackWords } from "./misread-word";

/** Business and trade words, in capitals. */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  "ENTERPRISE",
  "ENTERPRISES",
  "TRADING",
  "TRADERS",
  "HARDWARE",
  "ELECTRICAL",
  "ELECTRONICS",
  "BAKERY",
  "BAKERIES",
  "RESTAURANT",
  "RESTORAN",
  "STATIONERY",
  "STATIONERS",
  "BOOKSTORE",
  "MARKETING",
  "DISTRIBUTOR",
  "DISTRIBUTORS",
  "DISTRIBUTION",
  "SUPERMARKET",
  "MINIMARKET",
  "HYPERMARKET",
  "PHARMACY",
  "HOLDINGS",
  "INDUSTRIES",
  "INDUSTRIAL",
  "SERVICES",
  "TELECOMMUNICATIONS",
  "COMMUNICATIONS",
  "CORPORATION",
  "INTERNATIONAL",
  "MANAGEMENT",
  "ENGINEERING",
  "FURNITURE",
  "MACHINERY",
  "AUTOMOBILE",
  "PETROLEUM",
  "CATERING",
  "LOGISTICS",
  "CONSTRUCTION",
  "PRINTING",
  "ADVERTISING",
  "TAILORING",
  "HANDICRAFT",
  "CONFECTIONERY",
  "GROCERY",
  "SUPPLIES",
  "MALAYSIA",
  "SENDIRIAN",
  "BERHAD",
]);

/**
 * Ordinary English words one edit from a trade word (checked against the Debian `wamerican` and
 * `wbritish` lists, as for the address gazetteer): known words, never read back.
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  "CAPERING",
  "CERVICES",
  "CONFECTIONERS",
  "CONSTRICTION",
  "ELECTRONICA",
  "GRADERS",
  "GRADING",
  "GROCERS",
  "MOLDINGS",
  "PAINTING",
  "POINTING",
  "SERVICED",
  "STATIONARY",
  "SUPPLIED",
  "SUPPLIER",
  "TRACERS",
  "TRACING",
  "WATERING",
]);

/** A company name with its trade words OCR misread by one letter read back. */
export function fixCompanyWords(name: string): string {
  return readBackWords(name, { words: COMPANY_WORDS, ordinary: ORDINARY_WORDS, sameLength: true });
}
