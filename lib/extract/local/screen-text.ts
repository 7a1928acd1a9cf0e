/**
 * Screen text that is not content: the labels the rules know and the furniture of app screens
 * (titles, status messages, buttons). A value candidate that is one of these is no value.
 */
import { labelAt } from "./keywords";
import {
  DATE_LABELS,
  MERCHANT_LABELS,
  PAYMENT_METHOD_LABELS,
  REFERENCE_LABELS,
  SUCCESS_WORDS,
  TOTAL_LABELS,
  UI_PHRASES,
} from "./lexicon";
import { collapseSpaces } from "./normalise-text";
import { isScreenTitle } from "./screen-title";

/** Every label the receipt rules know: a value candidate that is one of these is no value. */
const ALL_LABELS: readonly string[] = [
  ...MERCHANT_LABELS,
  ...PAYMENT_METHOD_LABELS,
  ...REFERENCE_LABELS,
  ...DATE_LABELS,
  ...TOTAL_LABELS.map(([w]) => w),
  "time",
  "時刻",
  "status",
  "ステータス",
];

/** True when a text starts with any known label. */
export function isKnownLabel(text: string): boolean {
  return labelAt(text, ALL_LABELS) !== null;
}

/** A row text reduced for comparing with UI phrases: lower-case, no edge punctuation. */
function uiKey(text: string): string {
  return collapseSpaces(text.toLowerCase().replace(/[^\p{L}\p{N}\s&-]/gu, " "));
}

/** True when the text is screen furniture: a title, a status message, a button. */
export function isUiPhrase(text: string): boolean {
  const key = uiKey(text);
  if (key === "") return true;
  // A long phrase may be followed by more (`order confirmed #123`); a short one (`paid`) only
  // stands alone, or `Paid to Starbucks` would be furniture too.
  if (UI_PHRASES.some((phrase) => key === phrase || (phrase.length >= 8 && key.startsWith(phrase)))) return true;
  // A title no list names (`Trip receipt`, `송금 상세`) by its form.
  if (isScreenTitle(text)) return true;
  // A completion message (`Remboursement effectué`, `返金が完了しました`) is screen text too; its
  // CJK forms are short (`退款成功`).
  return SUCCESS_WORDS.some((phrase) => key === phrase || (phrase.length >= 4 && key.startsWith(phrase)));
}
