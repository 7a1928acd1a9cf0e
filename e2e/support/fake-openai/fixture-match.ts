import fs from "node:fs";
import path from "node:path";
import type { Truth, TruthDocument } from "../../../scripts/fixtures/truth-schema";
import { truthSchema } from "../../../scripts/fixtures/truth-schema";

/** The repository's fixtures, and how an OCR text is matched to the fixture it shows. */

/**
 * Text comparison for the fixture responder: values are looked for in OCR text after the same
 * normalisation, and numbers (amounts, dates) only as whole tokens.
 */

/**
 * NFKC, lower case, `[key=value]` annotations (the layout text's `[y=0120]` line prefixes) dropped,
 * whitespace removed — except that whitespace between two digits becomes one space, so
 * `-648   181,807` stays two numbers instead of fusing into `-648181,807`.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\[[a-z]+=[^\]\n]*\]/g, " ")
    .replace(/\s+/g, (space, offset: number, whole: string) =>
      /\d/.test(whole[offset - 1] ?? "") && /\d/.test(whole[offset + space.length] ?? "") ? " " : "",
    );
}

/**
 * How an amount may be written: `1,280` and `1,280.00` for whole amounts, `23.10` otherwise, as
 * in English; also as German (`1.726,50`) and French (`1 726,50`) write it, and without grouping.
 */
export function amountVariants(amount: number): string[] {
  const variants = new Set<string>();
  for (const locale of ["en-US", "de-DE", "fr-FR"]) {
    for (const grouping of [true, false]) {
      const format = (digits: number) =>
        amount
          .toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: 2, useGrouping: grouping })
          .normalize("NFKC");
      if (Number.isInteger(amount)) variants.add(format(0));
      variants.add(format(2));
    }
  }
  return [...variants];
}

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * How an ISO date may be written on a screen: `2026-10-03`, `2026/10/03`, `2026/10/3`,
 * `2026年10月3日`, `10/03/2026`, `10/3/2026`, `Oct 3, 2026`, and the short `10/03`.
 */
export function dateVariants(iso: string): string[] {
  const [y, mm, dd] = iso.split("-");
  if (!y || !mm || !dd) return [iso];
  const m = String(Number(mm));
  const d = String(Number(dd));
  const month = months[Number(mm) - 1] ?? mm;
  return [
    `${y}-${mm}-${dd}`,
    `${y}/${mm}/${dd}`,
    `${y}/${m}/${d}`,
    `${y}年${m}月${d}日`,
    `${mm}/${dd}/${y}`,
    `${m}/${d}/${y}`,
    `${month} ${d}, ${y}`,
    `${mm}/${dd}`,
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How often `amount` occurs in `normalisedText` (see {@link normaliseForMatch}) as a whole number,
 * in any of its {@link amountVariants}: not glued to a digit on either side, nor continuing as
 * `,5` / `.5`. A variant of fewer than 3 digits (`2`, `15`) only counts right after a sign or
 * currency symbol (`+2`, `$15`, `¥80`, `\80`) or right before `円`, since bare it is everywhere.
 */
export function countAmount(normalisedText: string, amount: number): number {
  let count = 0;
  for (const variant of amountVariants(amount)) {
    const v = escapeRegExp(variant);
    const body =
      variant.replace(/\D/g, "").length < 3
        ? `(?:(?<=[-+$¥\\\\€£])${v}|(?<!\\d|\\d[.,])${v}(?=円))`
        : `(?<!\\d|\\d[.,])${v}`;
    count += normalisedText.match(new RegExp(`${body}(?!\\d|[.,]\\d)`, "g"))?.length ?? 0;
  }
  return count;
}

/** Whether the ISO `date` occurs in `normalisedText` in one of its {@link dateVariants}, not glued to other digits. */
export function hasDate(normalisedText: string, date: string): boolean {
  return dateVariants(date).some((variant) =>
    new RegExp(`(?<!\\d)${escapeRegExp(normaliseForMatch(variant))}(?!\\d)`).test(normalisedText),
  );
}

/** Whether `value` (a name, a reference) occurs in `normalisedText` once both are normalised. */
export function hasText(normalisedText: string, value: string): boolean {
  const needle = normaliseForMatch(value);
  return needle.length > 0 && normalisedText.includes(needle);
}

/** The repository's `fixtures/` directory. */
export const fixturesDir = path.resolve(import.meta.dirname, "..", "..", "..", "fixtures");

let cached: Truth[] | undefined;

/** Every `fixtures/screens/<name>.truth.json`, validated, sorted by name (read once). */
export function fixtureTruths(): Truth[] {
  cached ??= fs
    .readdirSync(path.join(fixturesDir, "screens"))
    .filter((file) => file.endsWith(".truth.json"))
    .sort()
    .map((file) => truthSchema.parse(JSON.parse(fs.readFileSync(path.join(fixturesDir, "screens", file), "utf8"))));
  return cached;
}

/** The truth of one fixture by name, e.g. `en-payment-light`. */
export function fixtureTruth(name: string): Truth {
  const truth = fixtureTruths().find((t) => t.name === name);
  if (!truth) throw new Error(`no fixture truth named ${name}`);
  return truth;
}

/** The recorded OCR text of one fixture (`fixtures/ocr/<name>.json`, field `text`). */
export function fixtureOcrText(name: string): string {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(fixturesDir, "ocr", `${name}.json`), "utf8"));
  const text = typeof json === "object" && json !== null && "text" in json ? json.text : undefined;
  if (typeof text !== "string") throw new Error(`fixtures/ocr/${name}.json has no text`);
  return text;
}

/** A fixture and how many of its distinctive values the OCR text holds. */
export interface FixtureMatch {
  truth: Truth;
  score: number;
}

/**
 * The document's distinctive values: names and references (merchant, reference, payment method,
 * item and row descriptions), amounts and dates, without repeats. Values too short to tell
 * documents apart (names under 3 characters, amounts under 3 digits) are left out.
 */
export function distinctiveValues(document: TruthDocument): { strings: string[]; amounts: number[]; dates: string[] } {
  const receipt = document.kind === "receipt";
  const strings = receipt
    ? [document.merchant, document.reference, document.paymentMethod, ...document.items.map((i) => i.description)]
    : document.rows.map((r) => r.description);
  const amounts = receipt
    ? [document.total, ...document.items.map((i) => i.amount)]
    : document.rows.map((r) => r.amount);
  const dates = receipt ? [document.date] : document.rows.map((r) => r.date);
  return {
    strings: [...new Set(strings)].filter((s): s is string => !!s && normaliseForMatch(s).length >= 3),
    amounts: [...new Set(amounts)].filter((a) => (amountVariants(a)[0] ?? "").replace(/\D/g, "").length >= 3),
    dates: [...new Set(dates)],
  };
}

/** How many of the document's {@link distinctiveValues} appear in `ocrText`. */
export function scoreDocument(document: TruthDocument, ocrText: string): number {
  const text = normaliseForMatch(ocrText);
  const { strings, amounts, dates } = distinctiveValues(document);
  return (
    strings.filter((s) => hasText(text, s)).length +
    amounts.filter((a) => countAmount(text, a) > 0).length +
    dates.filter((d) => hasDate(text, d)).length
  );
}

/**
 * The fixture whose truth best matches `ocrText`, or null when none scores. On a tie the fixture
 * with fewer distinctive values wins (the same matches explain more of it), then the first by name.
 */
export function bestFixture(ocrText: string, truths: Truth[] = fixtureTruths()): FixtureMatch | null {
  let best: (FixtureMatch & { size: number }) | null = null;
  for (const truth of truths) {
    const score = scoreDocument(truth.document, ocrText);
    const { strings, amounts, dates } = distinctiveValues(truth.document);
    const size = strings.length + amounts.length + dates.length;
    if (score > 0 && (!best || score > best.score || (score === best.score && size < best.size))) {
      best = { truth, score, size };
    }
  }
  return best && { truth: best.truth, score: best.score };
}
