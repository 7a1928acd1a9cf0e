import type { TransactionRow } from "@/lib/extract/schema";

/**
 * How alike two rows read from two screenshots of the same list are. OCR reads the same row
 * differently on two pages (another crop, another line height), and a row cut off at a page's
 * edge is read worse or only in part, so the comparison is fuzzy and missing values are neutral;
 * only values read on both sides and plainly different count against a match.
 */

/** Lower case, width-folded (NFKC), letters and digits only: "Café  Nero," and "CAFE NER0" come close. */
export function normaliseDescription(text: string | null): string {
  if (!text) return "";
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Levenshtein distance, two rows of the table at a time (descriptions are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * 1 for the same text, 0 for nothing in common. A text that is the start of the other (a row
 * whose end was cut off, or truncated with "…") counts as alike.
 */
export function descriptionSimilarity(a: string | null, b: string | null): number | null {
  const left = normaliseDescription(a);
  const right = normaliseDescription(b);
  if (left === "" || right === "") return null;
  if (left === right) return 1;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length >= 4 && long.startsWith(short)) return 0.9;
  return 1 - editDistance(left, right) / long.length;
}

/** Below this a description is another shop, not a misreading of the same one. */
export const SAME_DESCRIPTION = 0.6;
/** Two descriptions this close are read as the same even when the amounts disagree (a misread digit). */
const CLOSE_DESCRIPTION = 0.85;

/** What one field read on both sides says about a pair. */
type Verdict = { weight: number; score: number };

const FIELD_WEIGHTS = { amount: 0.45, description: 0.35, date: 0.2 } as const;

/**
 * A score in [0, 1] for "these two rows are the same transaction", or null when something read
 * on both sides rules it out (another shop; another amount or another date, unless the shop is
 * unmistakably the same and the other of the two agrees). The score weighs only the fields read on both sides, scaled by how
 * much of the row could be compared, so a cut-off row with just its amount matches weakly.
 */
export function rowSimilarity(a: TransactionRow, b: TransactionRow): number | null {
  const description = descriptionSimilarity(a.description.value, b.description.value);
  if (description !== null && description < SAME_DESCRIPTION) return null;

  const verdicts: Verdict[] = [];
  const unmistakable = description !== null && description >= CLOSE_DESCRIPTION;
  let sameAmount: boolean | null = null;
  if (a.amount.value !== null && b.amount.value !== null) {
    sameAmount = Math.abs(Math.abs(a.amount.value) - Math.abs(b.amount.value)) < 0.005;
    if (!sameAmount && !unmistakable) return null;
    verdicts.push({ weight: FIELD_WEIGHTS.amount, score: sameAmount ? 1 : 0.3 });
  }
  if (a.date.value !== null && b.date.value !== null) {
    // A row at the top of a scrolled screenshot often has its day header above the crop, so its
    // date is read from elsewhere or guessed: another date alone does not rule a pair out when
    // the shop and the amount agree.
    const sameDate = a.date.value === b.date.value;
    if (!sameDate && !(unmistakable && sameAmount === true)) return null;
    verdicts.push({ weight: FIELD_WEIGHTS.date, score: sameDate ? 1 : 0 });
  }
  if (description !== null) verdicts.push({ weight: FIELD_WEIGHTS.description, score: description });

  if (verdicts.length === 0) return null;
  // The weights sum to 1: a full comparison scores its agreement, a row with only its amount
  // read at most that field's weight.
  return verdicts.reduce((sum, verdict) => sum + verdict.weight * verdict.score, 0);
}
