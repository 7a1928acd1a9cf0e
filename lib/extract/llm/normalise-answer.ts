import {
  type DateOrder,
  toAmount,
  toCurrencyCode,
  toDirection,
  toIsoDate,
  toNullIfEmpty,
  toTime24,
} from "@/lib/extract/llm/lenient-values";
import type { CustomFieldSpec } from "@/lib/extract/schema";

/**
 * A model's parsed answer brought to the answer schema's forms before it is validated: values
 * spelled another way (see lenient-values.ts), a field left out that may be null set to null, a
 * missing list of items empty, a forgotten `{document: …}` wrapper or a kind named loosely
 * (`"list"`) understood. What cannot be understood is left as it is, for validation to report.
 */

/** The answer shapes a request can ask for (the response schema's name). */
export type AnswerShape = "receipt" | "transaction_list" | "document" | "document_kind" | "custom";

type ValueType = "string" | "text" | "date" | "time" | "amount" | "signed" | "number" | "currency" | "direction";

const RECEIPT_FIELDS: Record<string, ValueType> = {
  merchant: "string",
  address: "string",
  date: "date",
  time: "time",
  subtotal: "amount",
  tax: "amount",
  rounding: "signed",
  total: "amount",
  currency: "currency",
  paymentMethod: "string",
  reference: "string",
};
const ITEM_FIELDS: Record<string, ValueType> = { description: "text", amount: "amount" };
const ROW_FIELDS: Record<string, ValueType> = {
  date: "date",
  description: "text",
  amount: "amount",
  direction: "direction",
};
const CUSTOM_TYPES: Record<CustomFieldSpec["type"], ValueType> = {
  string: "string",
  number: "signed",
  date: "date",
  time: "time",
};

export interface NormaliseContext {
  /** How numeric day/month dates are written in this document, when something tells. */
  dateOrder: DateOrder | null;
  customFields?: CustomFieldSpec[];
}

export function normaliseAnswer(answer: unknown, shape: AnswerShape, context: NormaliseContext): unknown {
  if (!isRecord(answer)) return answer;
  switch (shape) {
    case "receipt":
      return normaliseReceipt(answer, context);
    case "transaction_list":
      return normaliseList(answer, context);
    case "document":
      return normaliseDocument(answer, context);
    case "document_kind":
      return { ...answer, kind: toKind(answer.kind) ?? answer.kind };
    case "custom": {
      const result: Record<string, unknown> = {};
      for (const field of context.customFields ?? []) {
        result[field.name] = normaliseValue(answer[field.name] ?? null, CUSTOM_TYPES[field.type], context);
      }
      return result;
    }
  }
}

/** `list`, `transactions`, `statement` … → `transaction_list`; `payment`, `purchase` … → `receipt`. */
export function toKind(value: unknown): "receipt" | "transaction_list" | null {
  if (typeof value !== "string") return null;
  const text = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (/^(transaction_?list|list|transactions|history|statement|card_history|bank_statement)$/.test(text)) {
    return "transaction_list";
  }
  if (/^(receipt|payment|purchase|single_payment|invoice)$/.test(text)) return "receipt";
  return null;
}

function normaliseDocument(answer: Record<string, unknown>, context: NormaliseContext): unknown {
  // A model writing free JSON may drop the wrapper and answer the document itself.
  const inner = isRecord(answer.document) ? answer.document : answer;
  const kind = toKind(inner.kind) ?? (Array.isArray(inner.rows) ? "transaction_list" : "receipt");
  const body = kind === "receipt" ? normaliseReceipt(inner, context) : normaliseList(inner, context);
  return { document: { kind, ...body } };
}

/** An object with none of the expected keys is another answer altogether, not one with gaps. */
function hasAnyKey(answer: Record<string, unknown>, keys: string[]): boolean {
  return keys.some((key) => key in answer);
}

function normaliseReceipt(answer: Record<string, unknown>, context: NormaliseContext): Record<string, unknown> {
  if (!hasAnyKey(answer, [...Object.keys(RECEIPT_FIELDS), "items"])) return answer;
  const result: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(RECEIPT_FIELDS))
    result[name] = normaliseValue(answer[name] ?? null, type, context);
  const items = answer.items ?? [];
  result.items = Array.isArray(items)
    ? items.map((item) => (isRecord(item) ? normaliseFields(item, ITEM_FIELDS, context) : item))
    : items;
  return result;
}

function normaliseList(answer: Record<string, unknown>, context: NormaliseContext): Record<string, unknown> {
  if (!hasAnyKey(answer, ["rows"])) return answer;
  const rows = answer.rows ?? [];
  return {
    currency: normaliseValue(answer.currency ?? null, "currency", context),
    rows: Array.isArray(rows)
      ? rows.map((row) => (isRecord(row) ? normaliseFields(row, ROW_FIELDS, context) : row))
      : rows,
  };
}

function normaliseFields(
  answer: Record<string, unknown>,
  fields: Record<string, ValueType>,
  context: NormaliseContext,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(fields)) {
    // A missing description or direction is not "nothing shown": left missing, validation says so.
    const value = name in answer ? answer[name] : type === "text" || type === "direction" ? undefined : null;
    result[name] = normaliseValue(value, type, context);
  }
  return result;
}

function normaliseValue(value: unknown, type: ValueType, context: NormaliseContext): unknown {
  if (value === undefined) return undefined;
  if (type === "text") return typeof value === "number" ? String(value) : value;
  const present = toNullIfEmpty(value);
  if (present === null) return null;
  switch (type) {
    case "string":
      return typeof present === "number" ? String(present) : present;
    case "date":
      return toIsoDate(present, context.dateOrder);
    case "time":
      return toTime24(present);
    case "amount": {
      const amount = toAmount(present);
      // "no sign": a model that writes a spent amount as -17.20 has read it right.
      return typeof amount === "number" ? Math.abs(amount) : amount;
    }
    case "signed":
    case "number":
      return toAmount(present, true);
    case "currency":
      return toCurrencyCode(present);
    case "direction":
      return toDirection(present);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
