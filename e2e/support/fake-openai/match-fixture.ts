import type { Truth, TruthDocument } from "../../../scripts/fixtures/truth-schema";
import { fixtureTruths } from "./fixture-files";
import { amountVariants, countAmount, hasDate, hasText, normaliseForMatch } from "./match-text";

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
