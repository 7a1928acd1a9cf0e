/**
 * Building output fields with their provenance: the original OCR text, the union of the word
 * boxes and a confidence that combines tesseract's word confidence with how sure the rule was.
 */
import type { NumberField, StringField } from "@/lib/extract/schema";
import { meanConfidence, rawText, type Token, unionBoxes } from "./layout";

/**
 * How much a rule is trusted, multiplied with the OCR confidence of the words it read.
 * A value next to its label is near certain; a value picked by position is a guess.
 */
export const RULE_CONFIDENCE = {
  labelled: 0.95,
  labelBelow: 0.9,
  keyword: 0.85,
  pattern: 0.75,
  position: 0.55,
  guess: 0.4,
} as const;

/** A field the extractor could not find: no value, no provenance, zero confidence. */
export function missingField(): { value: null; text: null; box: null; confidence: 0; seen: false } {
  return { value: null, text: null, box: null, confidence: 0, seen: false };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
}

/**
 * A field read from OCR words. The confidence scales the rule's trust by the words' mean OCR
 * confidence, softened (half of it is kept regardless) because tesseract under-reports on
 * Japanese text it actually read correctly.
 */
export function fieldFromTokens<T extends string | number>(
  value: T,
  tokens: Token[],
  ruleConfidence: number,
): { value: T; text: string; box: NonNullable<StringField["box"]>; confidence: number; seen: true } | null {
  const box = unionBoxes(tokens.map((t) => t.box));
  if (!box) return null;
  const ocr = meanConfidence(tokens);
  return {
    value,
    text: rawText(tokens),
    box,
    confidence: clamp01(ruleConfidence * (0.5 + 0.5 * ocr)),
    seen: true,
  };
}

/** A string field from words, or the missing field when there are no words. */
export function stringField(value: string | null, tokens: Token[], ruleConfidence: number): StringField {
  if (value === null || value === "") return missingField();
  return fieldFromTokens(value, tokens, ruleConfidence) ?? missingField();
}

/** A number field from words, or the missing field when there are no words. */
export function numberField(value: number | null, tokens: Token[], ruleConfidence: number): NumberField {
  if (value === null) return missingField();
  return fieldFromTokens(value, tokens, ruleConfidence) ?? missingField();
}

/** A value the extractor inferred without reading it (a currency from the page's language). */
export function inferredField(value: string, confidence: number): StringField {
  return { value, text: null, box: null, confidence: clamp01(confidence), seen: false };
}
