/**
 * The header of a printed receipt: the company name (the row with a legal form such as `SDN BHD`
 * or `LTD`, else a trade word such as `TRADING`, joined with the rows it continues) and the
 * address under it (the rows down to the phone, tax id or title lines, joined with spaces as
 * printed). Payment screens rarely have either; their merchant is left to receipt-merchant.ts.
 */
import type { StringField } from "@/lib/extract/schema";
import { cleanAddressLine, fixPostcodeZero, phoneLine, regionLine, taxIdLine, trimAddressEdges } from "./address-lines";
import { fixAddressMisreads } from "./address-misreads";
import { fixAddressPunctuation } from "./address-punctuation";
import { fixAbbreviations } from "./address-words";
import { fixCompanyWords } from "./company-words";
import { missingField, RULE_CONFIDENCE, stringField } from "./field";
import type { Row } from "./layout";
import { repairLegalForm } from "./legal-form-repair";
import { collapseSpaces } from "./normalise-text";
import { type Page, rowAmounts } from "./page";
import { findDates } from "./parse-date";
import { findTimes } from "./parse-time";
import {
  ADDRESS_EVIDENCE,
  AFTER_ADDRESS,
  CONTINUATION_START,
  LEGAL_FORMS,
  REGISTRATION,
  TRADE_WORDS,
} from "./receipt-header-words";

/** How far down the header reaches: a share of the page, and a number of rows. */
const HEADER_MAX_SHARE = 0.45;
const HEADER_MAX_ROWS = 14;
/** An address runs over at most this many rows. */
const ADDRESS_MAX_ROWS = 6;

/** The header rows: from the top to the first amount, within the upper part of the page. */
export function headerRows(page: Page): Row[] {
  const out: Row[] = [];
  let named = false;
  for (const row of page.rows.slice(0, HEADER_MAX_ROWS)) {
    if (row.box.y0 > page.height * HEADER_MAX_SHARE) break;
    if (rowAmounts(row).some((a) => a.marked && a.currency !== null)) break;
    // The seller's block ends at its first contact or title line (a title may come first):
    // a customer's company printed under `TAX INVOICE` is not the seller.
    if (named && AFTER_ADDRESS.test(row.text)) break;
    named ||= nameLike(row);
    out.push(row);
  }
  return out;
}

/** True for a row that could be (part of) a name: letters, no contact or tax line, no date. */
function nameLike(row: Row): boolean {
  const letters = (row.text.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || AFTER_ADDRESS.test(row.text) || REGISTRATION_LINE.test(row.text)) return false;
  return fullDates(row.text).length === 0 && findTimes(row.text).length === 0;
}

/** A line that names a registration number (`COMPANY REG NO.: 123-P`), never a name. */
const REGISTRATION_LINE = /\b(?:reg(?:istration)?\.?\s?(?:no|number)|co\.?\s?no|company\s?no)\b/i;

/**
 * Dates with a written year. A year-less `7/4` on an address line is a unit or lot number
 * (`JALAN TAMPOI 7/4`), not a date.
 */
function fullDates(text: string) {
  return findDates(text).filter((d) => !d.yearInferred);
}

/** True for a row that only gives a registration number or a parenthesised branch name. */
function asideRow(row: Row): boolean {
  const text = row.text.trim();
  if (REGISTRATION.test(text) && text.replace(REGISTRATION, "").replace(/[^\p{L}]/gu, "").length < 3) return true;
  return /^\(.*\)\.?$/.test(text);
}

/** Open brackets or a trailing `&`: the name goes on on the next row. */
function unfinished(text: string): boolean {
  const open = (text.match(/\(/g) ?? []).length;
  const close = (text.match(/\)/g) ?? []).length;
  return open > close || /[&-]\s*$/.test(text);
}

/** Two words of two letters or more: a name, not a smudge read as `4% of`. */
function wordy(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu) ?? []).filter((w) => w.length >= 3).length >= 2;
}

/** Words that send an order to the customer (`Deliver to`, `Lieferadresse`, `お届け先`, `배송지`, `收件地址`). */
const DELIVERY_WORDS =
  /\b(?:deliver(?:ed|y)?|ship(?:ped|ping)?|livr[ée]e?s?|livraison|exp[ée]di[ée]e?)\b|liefer|zustell|versand|お届け|配達|配送|배송|배달|送達|外送|收件|寄送/iu;

/**
 * Without a business word, the name is the row right above the address (an owner's name or a
 * slogan may stand higher up): the first row reading like a street address, and the nearest
 * name-like row over it.
 */
function aboveAddress(rows: Row[]): { row: Row; i: number } | undefined {
  const start = rows.findIndex(
    (r) => /\d/.test(r.text) && ADDRESS_EVIDENCE.test(r.text) && !AFTER_ADDRESS.test(r.text),
  );
  // A delivery's or a shipment's address (`Delivered to 12 Baker Street`, `Livrée au 8 rue …`,
  // under `Ship to`) is the customer's: what stands over it is not the seller.
  if (start >= 0 && [rows[start], rows[start - 1]].some((r) => r !== undefined && DELIVERY_WORDS.test(r.text))) {
    return undefined;
  }
  // A screen's detail row (`Reference no. | TRF-88120044`: a label without digits, its value
  // apart) is no street line, and the row over it no name.
  const labelCell = rows[start]?.cells[0];
  if (labelCell && (rows[start]?.cells.length ?? 0) >= 2 && !/\d/.test(labelCell.text)) return undefined;
  for (let i = start - 1; i >= 0; i--) {
    const row = rows[i];
    // A row starting with a number is the address's first line (`10 Tampines Central 1`).
    if (!row || asideRow(row) || /^\d/.test(row.text) || ADDRESS_EVIDENCE.test(row.text)) continue;
    return nameLike(row) && wordy(row.text) ? { row, i } : undefined;
  }
  return undefined;
}

/**
 * A name built on a trade word (`SUNRISE BAKERY`, `Kedai Runcit Ah Seng`): the word capitalised
 * as names are, no digits. A category or a note uses the word in lower case (`Coffee shop ·
 * Oakland`, `Grocery store`, `Dinner at the Thai restaurant`) and names no company.
 */
function tradeName(text: string): boolean {
  const word = TRADE_WORDS.exec(text)?.[0];
  return word !== undefined && /^\p{Lu}/u.test(word) && !/\d/.test(text) && !text.includes("·");
}

/** The company name's rows in the header, or null when no row carries a business mark. */
export function companyRows(rows: Row[]): { first: number; last: number } | null {
  const candidates = rows.map((row, i) => ({ row, i })).filter(({ row }) => nameLike(row));
  const marked =
    candidates.find(({ row }) => LEGAL_FORMS.test(repairLegalForm(row.text))) ??
    candidates.find(({ row }) => tradeName(row.text)) ??
    aboveAddress(rows);
  if (!marked) return null;
  let first = marked.i;
  let last = marked.i;
  // Upwards: this row continues the one above (`ENTERPRISE …`), or the one above is unfinished.
  while (first > 0) {
    const above = rows[first - 1];
    const current = rows[first];
    if (!above || !current || !nameLike(above) || asideRow(above)) break;
    if (!CONTINUATION_START.test(current.text.trim()) && !unfinished(above.text)) break;
    first--;
  }
  // Downwards: the next row continues this one (`TSH POWER HARDWARE` / `TRADING`).
  while (last + 1 < rows.length) {
    const below = rows[last + 1];
    const current = rows[last];
    if (!below || !current || !nameLike(below) || asideRow(below)) break;
    if (!CONTINUATION_START.test(below.text.trim()) && !unfinished(current.text)) break;
    last++;
  }
  return { first, last };
}

/**
 * A word OCR made of a smudge or a logo at the edge of a name: at most one letter or digit
 * (`‘a`, `.`, `3`), a case flip inside a word (`eZ(`), or kana/kanji beside a Latin name.
 */
function noiseWord(word: string, latinName: boolean, upperName: boolean): boolean {
  if (word.replace(/[^\p{L}\p{N}]/gu, "").length <= 1) return true;
  // In a name printed in capitals, a word with small letters at its edge is a smudge (`(lov`).
  if (upperName && /\p{Ll}/u.test(word)) return true;
  if (/\p{Ll}\p{Lu}/u.test(word)) return true;
  return latinName && /[\u3040-\u30ff\u3400-\u9fff]/u.test(word);
}

/**
 * A company name without its registration number, braces OCR read for brackets, a leading
 * one-word label (`DIMILIKI:`, "owned by"), smudges read at its edges, and a final dot, which stays only when the name abbreviates
 * more than once (`SDN. BHD.`): labels write `SDN BHD` for a printed `SDN BHD.`. Trade words OCR
 * misread by a letter are read back (company-words.ts) unless `readBackWords` is false.
 */
export function cleanCompany(text: string, readBackWords = true): string {
  const formed = repairLegalForm(text);
  // Receipts print no braces: `{SP}` is a bracket OCR misread.
  const bracketed = (readBackWords ? fixCompanyWords(formed) : formed).replace(/\{/g, "(").replace(/\}/g, ")");
  const words = collapseSpaces(bracketed.replace(REGISTRATION, " ").replace(/^\p{L}+\s?:\s*/u, "")).split(" ");
  const latin = (text.match(/[A-Za-z]/g) ?? []).length * 2 > (text.match(/\p{L}/gu) ?? []).length;
  const upper = (text.match(/\p{Lu}/gu) ?? []).length >= (text.match(/\p{L}/gu) ?? []).length * 0.8;
  while (words.length > 1 && noiseWord(words[0] ?? "", latin, upper)) words.shift();
  while (words.length > 1 && noiseWord(words[words.length - 1] ?? "", latin, upper)) words.pop();
  let name = words
    .join(" ")
    .replace(/^[^\p{L}\p{N}(]+/u, "")
    .replace(/[^\p{L}\p{N}).]+$/u, "");
  // A dot after a whole word inside a name in capitals (`IDEAL. MENU`) is a speck: names
  // abbreviate short words (`SDN.`, `CO.`, `MR.`), not words of five letters and more.
  name = name.replace(/(?<=\p{Lu}{5})\.(?=\s+\p{Lu})/gu, "");
  if (name.endsWith(".") && !/\p{L}\.\s/u.test(name)) name = name.slice(0, -1);
  return name;
}

/** The company named by the receipt's header, or null (then the merchant rules decide). */
export function findCompany(page: Page): { field: StringField; lastRow: Row } | null {
  const rows = headerRows(page);
  const span = companyRows(rows);
  if (!span) return null;
  const chosen = rows.slice(span.first, span.last + 1);
  const printed = chosen.map((r) => r.text).join(" ");
  const value = cleanCompany(printed);
  const lastRow = chosen[chosen.length - 1];
  if (value === "" || !lastRow) return null;
  // A trade word read back (`BAKERLES` → `BAKERIES`) is not what OCR saw: a guess's confidence.
  const repaired = value !== cleanCompany(printed, false);
  return {
    field: stringField(
      value,
      chosen.flatMap((r) => r.tokens),
      repaired ? RULE_CONFIDENCE.guess : RULE_CONFIDENCE.keyword,
    ),
    lastRow,
  };
}

/** True for a row that ends the address: contact, tax id, title, date, time or an amount. */
function endsAddress(row: Row): boolean {
  return (
    AFTER_ADDRESS.test(row.text) ||
    phoneLine(row.text) ||
    fullDates(row.text).length > 0 ||
    findTimes(row.text).length > 0 ||
    rowAmounts(row).some((a) => a.marked && (a.currency !== null || /\.\d{2}$/.test(a.text)))
  );
}

/**
 * A row over the street line that is not part of the address: a row without letters (a number
 * OCR split off, `122703:`), a tax id, or a `Label: value` row without a street word (`Site:
 * 1046`).
 */
function beforeAddress(row: Row): boolean {
  const text = row.text.trim();
  if ((text.match(/\p{L}/gu) ?? []).length < 2) return true;
  if (taxIdLine(text)) return true;
  return /^[\p{L}\s]{2,20}:\s*\S+$/u.test(text) && !ADDRESS_EVIDENCE.test(text);
}

/**
 * A shop's branch name printed over its street line (`IKEA Cheras`): no street word, no number,
 * no comma. A street line has a number or a street word, and an address line that goes on ends
 * with a comma.
 */
function branchName(row: Row | undefined, next: Row | undefined): boolean {
  if (row === undefined) return false;
  if (!ADDRESS_EVIDENCE.test(row.text) && !/[\d,]/.test(row.text)) return true;
  // A branch named after its mall or area (`SUSHI KING PLAZA DAMAI`, `MPH One Utama Phase 2`)
  // over a line that opens an address (`NO.37-1,`, `Lot S319,`): the branch line does not open
  // one itself, has no postcode and does not run on with a comma.
  return (
    next !== undefined &&
    ADDRESS_HEAD.test(next.text.trim()) &&
    !ADDRESS_HEAD.test(row.text.trim()) &&
    !/\b\d{5}\b/.test(row.text) &&
    !/,\s*$/.test(row.text)
  );
}

/**
 * How an address's first line opens: a house or unit number (`31G,`, `41-1,`), or a lot, unit,
 * block or number word. A postcode (five digits) opens the address's last line instead.
 */
const ADDRESS_HEAD = /^(?:\d(?!\d{4}\b)|(?:no|lot|unit|blk|block|suite|level|lvl)\b|[A-Z]{1,2}-?\d)/i;

/**
 * A row's text without the one-character cells at its ends (`NO.22 JALAN PUTERI 2/4   J`): a
 * speck set apart by a wide gap is not printed text; an address line is set without gaps.
 */
function withoutEdgeSmudges(row: Row): string {
  const cells = [...row.cells];
  const speck = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "").length <= 1;
  while (cells.length > 1 && speck(cells[cells.length - 1]?.text ?? "")) cells.pop();
  while (cells.length > 1 && speck(cells[0]?.text ?? "")) cells.shift();
  return cells.length === row.cells.length ? row.text : cells.map((c) => c.text).join(" ");
}

/**
 * The address: the rows after the name row (registration numbers, tax ids and bracketed branch
 * names skipped) down to the first contact, tax or title line. Only rows that read like an
 * address (a postcode, a street word) make one: a payment screen's caption under the merchant
 * does not. A branch's name printed over the street line (`IKEA Cheras`, then `No 2A Jalan …`)
 * is left out: the address starts at its first row with a street word or postcode. `reach` is
 * the share of the page the address may start in (an order's seller block stands lower).
 */
export function findAddress(page: Page, afterRow: Row | null, reach = HEADER_MAX_SHARE): StringField {
  if (!afterRow) return missingField();
  const rows: Row[] = [];
  let leading = true;
  for (const row of page.rows.slice(afterRow.index + 1)) {
    if (row.box.y0 > page.height * reach) break;
    // `Deliver to`, `Delivered to 12 Baker Street`, `Adresse de livraison`: the customer's
    // address follows, not the shop's.
    if (DELIVERY_WORDS.test(row.text) && fullDates(row.text).length === 0) break;
    if (rows.length === 0 && (asideRow(row) || fullDates(row.text).length > 0 || beforeAddress(row))) {
      // A date printed between the name and the address (some tills do) is skipped too.
      if (asideRow(row) || fullDates(row.text).length > 0 || leading) continue;
      break;
    }
    if (asideRow(row)) {
      // The rows so far were no address (a name's word OCR set on a line of its own, `ASO`):
      // the address starts after the registration number.
      if (rows.some((r) => ADDRESS_EVIDENCE.test(r.text))) break;
      rows.length = 0;
      continue;
    }
    if (leading && endsAddress(row) && !ADDRESS_EVIDENCE.test(row.text) && rows.length === 0) break;
    if (endsAddress(row)) break;
    leading = false;
    rows.push(row);
    if (rows.length >= ADDRESS_MAX_ROWS) break;
    // A line naming only the state or the country closes the address.
    if (rows.length > 1 && regionLine(cleanAddressLine(row.text))) break;
  }
  if (!rows.some((r) => ADDRESS_EVIDENCE.test(r.text))) return missingField();
  const first = branchName(rows[0], rows[1]) && rows.length > 1 ? 1 : 0;
  const kept = rows.slice(first);
  // Abbreviations are read back over the joined lines: what precedes one may end the line above.
  const joined = (clean: (text: string) => string) =>
    fixAddressPunctuation(collapseSpaces(kept.map((r) => clean(withoutEdgeSmudges(r))).join(" ")));
  const value = fixPostcodeZero(fixAbbreviations(fixAddressMisreads(joined(cleanAddressLine))));
  // A letter read back (a gazetteer word, `Jln` for `Jin`, a postcode's zero) is not what OCR
  // saw: the address is then given at a guess's confidence, as repaired dates and totals are.
  const repaired = value !== joined(trimAddressEdges);
  return stringField(
    value,
    kept.flatMap((r) => r.tokens),
    repaired ? RULE_CONFIDENCE.guess : RULE_CONFIDENCE.position,
  );
}
