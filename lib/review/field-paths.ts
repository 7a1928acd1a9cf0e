import type { AnyField, CustomField, ExtractedDocument } from "@/lib/extract/schema";

/** What a correction at a path must be: the field's type decides the value's form. */
export type FieldType = "string" | "number" | "date" | "time";

export interface FieldAtPath {
  field: AnyField;
  type: FieldType;
}

/** A receipt's single values, in the order the page shows them and exports write them. */
const RECEIPT_FIELDS: Record<string, FieldType> = {
  merchant: "string",
  address: "string",
  date: "date",
  time: "time",
  subtotal: "number",
  tax: "number",
  rounding: "number",
  total: "number",
  currency: "string",
  paymentMethod: "string",
  reference: "string",
};
const ITEM_FIELDS: Record<string, FieldType> = { description: "string", amount: "number" };
const ROW_FIELDS: Record<string, FieldType> = { date: "date", description: "string", amount: "number" };

/**
 * Every editable value of a document, by path: `total`, `tax`, `address`, `items.2.amount`, `rows.3.date`,
 * `fields.shop_phone` (custom documents), `currency` (lists too). The same paths name the checks
 * and the boxes on the page.
 */
export function fieldPaths(document: ExtractedDocument): Map<string, FieldAtPath> {
  const paths = new Map<string, FieldAtPath>();
  const add = (path: string, field: AnyField, type: FieldType) => paths.set(path, { field, type });
  if (document.kind === "receipt") {
    for (const [name, type] of Object.entries(RECEIPT_FIELDS)) {
      add(name, document[name as keyof typeof RECEIPT_FIELDS & keyof typeof document] as AnyField, type);
    }
    document.items.forEach((item, i) => {
      for (const [name, type] of Object.entries(ITEM_FIELDS)) add(`items.${i}.${name}`, item[name as "amount"], type);
    });
  } else if (document.kind === "transaction_list") {
    add("currency", document.currency, "string");
    document.rows.forEach((row, i) => {
      for (const [name, type] of Object.entries(ROW_FIELDS)) add(`rows.${i}.${name}`, row[name as "amount"], type);
    });
  } else {
    for (const custom of document.fields)
      add(`fields.${custom.name}`, custom.field, custom.type as CustomField["type"]);
  }
  return paths;
}
