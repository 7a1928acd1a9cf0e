import type { CustomAnswer, ReceiptAnswer, TransactionListAnswer } from "@/lib/extract/llm/answer-schemas";
import type { ReplacedValue } from "@/lib/extract/llm/salvage-answer";
import type {
  CustomDocument,
  CustomFieldSpec,
  ExtractedDocument,
  NumberField,
  Receipt,
  StringField,
  TransactionList,
} from "@/lib/extract/schema";

/**
 * The model's plain answer as a document. Provenance is unknown at this point: no text, no
 * box, not seen; verification looks every value up in the OCR words and sets them, and sets the
 * confidence from what it finds.
 */

/** Until verification has looked: the claim is whole; verification scales it by what it finds. */
const CLAIMED_CONFIDENCE = 1;

function claim<T extends string | number>(value: T | null) {
  return { value, text: null, box: null, confidence: value === null ? 0 : CLAIMED_CONFIDENCE, seen: false };
}
const str = (value: string | null): StringField => claim(value);
const num = (value: number | null): NumberField => claim(value);

export function receiptFromAnswer(answer: ReceiptAnswer): Receipt {
  return {
    kind: "receipt",
    merchant: str(answer.merchant),
    address: str(answer.address),
    date: str(answer.date),
    time: str(answer.time),
    subtotal: num(answer.subtotal),
    tax: num(answer.tax),
    rounding: num(answer.rounding),
    total: num(answer.total),
    currency: str(answer.currency),
    paymentMethod: str(answer.paymentMethod),
    reference: str(answer.reference),
    items: answer.items.map((item) => ({ description: str(item.description), amount: num(item.amount) })),
  };
}

/** Merges the answers for a list's chunks, in chunk order. */
export function listFromAnswers(answers: TransactionListAnswer[]): TransactionList {
  return {
    kind: "transaction_list",
    currency: str(answers.find((answer) => answer.currency !== null)?.currency ?? null),
    rows: answers.flatMap((answer) =>
      answer.rows.map((row) => ({
        date: str(row.date),
        description: str(row.description),
        amount: num(row.amount),
        direction: row.direction,
      })),
    ),
  };
}

export function customFromAnswer(fields: CustomFieldSpec[], answer: CustomAnswer): CustomDocument {
  return {
    kind: "custom",
    fields: fields.map((spec) => ({
      name: spec.name,
      type: spec.type,
      description: spec.description,
      field: claim(answer[spec.name] ?? null),
    })),
  };
}

/**
 * A value that stands in for one the model got wrong (the local rules' reading) is claimed with
 * less confidence than the model's own: one reader, not two that agree. Verification and the
 * comparison with the local rules scale from this claim.
 */
const REPLACED_CONFIDENCE = 0.5;

export function lowerReplacedClaims<D extends ExtractedDocument>(document: D, replaced: ReplacedValue[]): D {
  for (const { path, replacement } of replaced) {
    if (replacement.by !== "local") continue;
    // A custom document keeps its values under fields[i].field; the answer's path names the field.
    const field =
      document.kind === "custom"
        ? document.fields.find((custom) => custom.name === path[0])?.field
        : fieldAt(document, path);
    if (field) field.confidence = Math.min(field.confidence, REPLACED_CONFIDENCE);
  }
  return document;
}

function fieldAt(document: ExtractedDocument, path: (string | number)[]): { confidence: number } | undefined {
  let value: unknown = document;
  for (const step of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return typeof value === "object" && value !== null && "confidence" in value
    ? (value as { confidence: number })
    : undefined;
}
