import { z } from "zod";
import type { CustomFieldSpec } from "@/lib/extract/schema";

/**
 * What the model must answer, per document kind: plain values, null where the screenshot does
 * not show one. These zod schemas become the strict JSON schema of the request
 * (`zodResponseFormat`) and validate the answer again on our side; provenance (boxes,
 * confidence) is added by verification, never taken from the model.
 */

/** A date that exists: `2026-02-30` fits the pattern but is a misread, so it is refused. */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isCalendarDate, "not a calendar date")
  .describe("YYYY-MM-DD");
const time24 = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM, 24-hour")
  .describe("HH:MM, 24-hour");
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .describe("ISO 4217 code, e.g. JPY, USD");
const amount = z.number().describe("in the currency's major unit, e.g. 1280 for ¥1,280, 12.45 for $12.45; no sign");

export const receiptAnswerSchema = z.object({
  merchant: z.string().nullable().describe("the shop or payee, as written"),
  address: z.string().nullable().describe("the merchant's address as printed, its lines joined with ', '"),
  date: isoDate.nullable(),
  time: time24.nullable(),
  subtotal: amount.nullable().describe("the subtotal before tax, as printed"),
  tax: amount.nullable().describe("the tax amount (GST, VAT, 消費税), as printed"),
  rounding: z.number().nullable().describe("the rounding adjustment as printed, signed, e.g. -0.02"),
  total: amount
    .nullable()
    .describe(
      "the amount paid in total as printed (the rounded total when one is printed; not a subtotal, tax, change or balance)",
    ),
  currency: currency.nullable(),
  paymentMethod: z.string().nullable().describe("as written, e.g. 'Visa •••• 4242', 'PayPay残高', '現金'"),
  reference: z.string().nullable().describe("transaction / receipt / order number, as written"),
  items: z
    .array(z.object({ description: z.string(), amount: amount.nullable() }))
    .describe("purchased line items, empty when the screenshot lists none"),
});
export type ReceiptAnswer = z.infer<typeof receiptAnswerSchema>;

export const transactionListAnswerSchema = z.object({
  currency: currency.nullable(),
  rows: z
    .array(
      z.object({
        date: isoDate.nullable(),
        description: z.string(),
        amount: amount.nullable(),
        direction: z.enum(["out", "in"]).describe("out: spent or withdrawn; in: refund, deposit, salary"),
      }),
    )
    .describe("one row per transaction, top to bottom; never a balance or a total line"),
});
export type TransactionListAnswer = z.infer<typeof transactionListAnswerSchema>;

/**
 * The answer when the model decides the kind: `{document: receipt | transaction_list}`, each
 * branch tagged with `kind`. Wrapped because OpenAI's strict structured outputs want an object
 * at the root; `anyOf` is allowed below it (every branch strict: all properties required, no
 * others). The one-value enum is `{"enum": ["receipt"]}` in the JSON schema, which every
 * structured-output engine accepts (`const` is newer); `kind` comes first, so the model
 * decides before it writes the fields.
 */
export const kindedReceiptAnswerSchema = z.object({ kind: z.enum(["receipt"]), ...receiptAnswerSchema.shape });
export const kindedListAnswerSchema = z.object({
  kind: z.enum(["transaction_list"]),
  ...transactionListAnswerSchema.shape,
});
export const documentAnswerSchema = z.object({
  document: z.discriminatedUnion("kind", [kindedReceiptAnswerSchema, kindedListAnswerSchema]),
});
export type DocumentAnswer = z.infer<typeof documentAnswerSchema>;

/** The cheap first call for a long text: which kind it is, before the list is cut into chunks. */
export const kindAnswerSchema = z.object({
  kind: z
    .enum(["receipt", "transaction_list"])
    .describe("receipt: one payment or purchase; transaction_list: several separate transactions"),
});

const customValue: Record<CustomFieldSpec["type"], z.ZodType> = {
  string: z.string(),
  number: z.number(),
  date: isoDate,
  time: time24,
};

/** A caller's field list as an answer schema: one nullable property per field, in order. */
export function customAnswerSchema(fields: CustomFieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const value = customValue[field.type].nullable();
    shape[field.name] = field.description ? value.describe(field.description) : value;
  }
  return z.object(shape);
}
export type CustomAnswer = Record<string, string | number | null>;
