import { z } from "zod";
import { boxSchema } from "@/lib/ocr/types";

/**
 * One extracted value and its provenance. `text` is the text as it stands in the image,
 * `box` where it was read, `seen` whether it was found among the OCR words (false means the
 * value was inferred, or an extractor claimed it and verification could not find it).
 */
function fieldOf<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable(),
    text: z.string().nullable(),
    box: boxSchema.nullable(),
    confidence: z.number().min(0).max(1),
    seen: z.boolean(),
  });
}

export const stringFieldSchema = fieldOf(z.string());
export const numberFieldSchema = fieldOf(z.number());

/** A value nobody read: results stored before a field existed parse with it. */
const absent = { value: null, text: null, box: null, confidence: 0, seen: false } as const;
export type StringField = z.infer<typeof stringFieldSchema>;
export type NumberField = z.infer<typeof numberFieldSchema>;
export type Field = StringField | NumberField;
/** A value of either type, as the caller's own fields have. */
export const anyFieldSchema = fieldOf(z.union([z.string(), z.number()]));
export type AnyField = z.infer<typeof anyFieldSchema>;

export const documentKinds = ["receipt", "transaction_list"] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const lineItemSchema = z.object({
  description: stringFieldSchema,
  amount: numberFieldSchema,
});
export type LineItem = z.infer<typeof lineItemSchema>;

/**
 * A single payment or receipt. Dates are ISO `YYYY-MM-DD`, times `HH:MM` (24 h), amounts are
 * numbers in the currency's major unit (yen, dollars), currency is an ISO 4217 code.
 *
 * `total` is the amount paid as printed: where a receipt prints a rounded total (Malaysia's
 * 5-sen rounding, say) it is that one, and `rounding` is the adjustment printed beside it, so
 * that `subtotal + tax + rounding = total` when all are shown. `address` is the merchant's.
 * The four later fields default to "not read", so results stored before they existed still parse.
 */
export const receiptSchema = z.object({
  kind: z.literal("receipt"),
  merchant: stringFieldSchema,
  address: stringFieldSchema.default(absent),
  date: stringFieldSchema,
  time: stringFieldSchema,
  subtotal: numberFieldSchema.default(absent),
  tax: numberFieldSchema.default(absent),
  rounding: numberFieldSchema.default(absent),
  total: numberFieldSchema,
  currency: stringFieldSchema,
  paymentMethod: stringFieldSchema,
  reference: stringFieldSchema,
  items: z.array(lineItemSchema),
});
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * The receipt's single-value fields in the order a receipt prints them: who and when, then
 * (after the line items) the amounts from subtotal down to the total paid, then how it was paid.
 */
export const receiptFieldNames = [
  "merchant",
  "address",
  "date",
  "time",
  "subtotal",
  "tax",
  "rounding",
  "total",
  "currency",
  "paymentMethod",
  "reference",
] as const satisfies ReadonlyArray<Exclude<keyof Receipt, "kind" | "items">>;
export type ReceiptFieldName = (typeof receiptFieldNames)[number];

/** Money leaving the account is `out` (a purchase, a withdrawal); arriving is `in`. */
export const directionSchema = z.enum(["out", "in"]);
export type Direction = z.infer<typeof directionSchema>;

export const transactionRowSchema = z.object({
  date: stringFieldSchema,
  description: stringFieldSchema,
  amount: numberFieldSchema,
  direction: directionSchema,
});
export type TransactionRow = z.infer<typeof transactionRowSchema>;

/** A list of transactions: a card history, a bank statement. One row per transaction. */
export const transactionListSchema = z.object({
  kind: z.literal("transaction_list"),
  currency: stringFieldSchema,
  rows: z.array(transactionRowSchema),
});
export type TransactionList = z.infer<typeof transactionListSchema>;

/** The types an API caller's own field may have. Dates and times come back normalised. */
export const customFieldTypes = ["string", "number", "date", "time"] as const;

/** One field of an API caller's own schema. */
export const customFieldSpecSchema = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, "a field name is a letter then letters, digits or _ (at most 64)"),
  type: z.enum(customFieldTypes),
  description: z.string().max(500).default(""),
});
export type CustomFieldSpec = z.infer<typeof customFieldSpecSchema>;

/** The caller's field list: at least one field, at most 50, names unique. */
export const customFieldListSchema = z
  .array(customFieldSpecSchema)
  .min(1)
  .max(50)
  .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, "field names must be unique");

export const customFieldSchema = z.object({
  name: z.string(),
  type: z.enum(customFieldTypes),
  description: z.string(),
  field: anyFieldSchema,
});
export type CustomField = z.infer<typeof customFieldSchema>;

/** A document read with an API caller's own schema: their fields, in their order. */
export const customDocumentSchema = z.object({
  kind: z.literal("custom"),
  fields: z.array(customFieldSchema),
});
export type CustomDocument = z.infer<typeof customDocumentSchema>;

export const extractedDocumentSchema = z.discriminatedUnion("kind", [
  receiptSchema,
  transactionListSchema,
  customDocumentSchema,
]);
export type ExtractedDocument = z.infer<typeof extractedDocumentSchema>;

/** The outcome of one verification check: a sum, a date, a value looked up in the image. */
export const checkSchema = z.object({
  code: z.string(),
  status: z.enum(["pass", "warn", "fail"]),
  message: z.string(),
  /** Path of the field the check is about, e.g. `total` or `rows.3.amount`. */
  field: z.string().optional(),
});
export type Check = z.infer<typeof checkSchema>;

export const extractorNames = ["local", "llm"] as const;
export const extractorNameSchema = z.enum(extractorNames);
export type ExtractorName = z.infer<typeof extractorNameSchema>;

/** What a finished job returns: the document, which extractor read it, and the checks. */
export const jobResultSchema = z.object({
  extractor: extractorNameSchema,
  /** The model that read it, for the LLM extractor; null for the local rules. */
  model: z.string().nullable().default(null),
  document: extractedDocumentSchema,
  checks: z.array(checkSchema),
});
export type JobResult = z.infer<typeof jobResultSchema>;
