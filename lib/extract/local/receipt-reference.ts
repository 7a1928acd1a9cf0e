/**
 * The reference of a receipt (transaction id, receipt or order number): only ever the value of
 * a reference label, because a guessed id is wrong more often than right.
 */
import type { StringField } from "@/lib/extract/schema";
import { missingField, RULE_CONFIDENCE, stringField } from "./field";
import { findLabelledValues } from "./labels";
import { REFERENCE_LABELS } from "./lexicon";
import { collapseSpaces } from "./normalise-text";
import type { Page } from "./page";
import { isKnownLabel } from "./screen-text";

/** A reference looks like an id: at least four letters/digits with a digit among them. */
function looksLikeReference(text: string): boolean {
  const compact = text.replace(/[\s-]/g, "");
  return /^[#A-Za-z0-9._/:-]+$/.test(compact) && compact.replace(/[^A-Za-z0-9]/g, "").length >= 4 && /\d/.test(compact);
}

/** The reference: the value of a reference label when it looks like an id. Never guessed. */
export function findReference(page: Page): StringField {
  const labelled = findLabelledValues(page.rows, REFERENCE_LABELS, isKnownLabel)
    // Copy buttons and chevrons around the id (`TXN-8F3K2Q9P ©`) are not part of it.
    .map((v) => ({
      v,
      // `Y` before a digit was read as a yen sign by the amount rules; an id has no yen sign.
      text: collapseSpaces(v.text.replace(/¥/g, "Y")).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ""),
      tokens: v.tokens.filter((t) => /[A-Za-z0-9]/.test(t.text)),
    }))
    .find(({ text }) => looksLikeReference(text));
  if (!labelled) return missingField();
  const rule = labelled.v.where === "right" ? RULE_CONFIDENCE.labelled : RULE_CONFIDENCE.labelBelow;
  return stringField(labelled.text, labelled.tokens, rule);
}
