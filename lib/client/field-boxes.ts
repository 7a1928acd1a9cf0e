import { type Field, type JobResult, type ReceiptFieldName, receiptFieldNames } from "@/lib/extract/schema";
import { type Translator, translator } from "@/lib/i18n";
import type { Box } from "@/lib/ocr/types";

/** One extracted value's place in the image, named by its path in the document. */
export interface FieldBox {
  /** The field's path: `total`, `items.0.amount`, `rows.3.description`. */
  key: string;
  /** What to call it in a tooltip: `Total`, `Row 4 amount`. */
  label: string;
  box: Box;
}

// One list for the page, verification and exports: lib/extract/schema.ts.
export { type ReceiptFieldName, receiptFieldNames } from "@/lib/extract/schema";

/** The fields shown above the line items; the rest come below them. */
export const receiptHeadFieldNames = ["merchant", "address", "date", "time"] as const satisfies ReceiptFieldName[];

/**
 * Fields many receipts do not print (an app's payment screen has no subtotal): shown only when
 * a value was read or a person corrected it, so a card does not fill with "not found" rows.
 */
export const optionalReceiptFieldNames: ReadonlySet<ReceiptFieldName> = new Set([
  "address",
  "subtotal",
  "tax",
  "rounding",
]);

/** Amounts of a receipt, written in its currency. */
export const receiptMoneyFieldNames: ReadonlySet<ReceiptFieldName> = new Set(["subtotal", "tax", "rounding", "total"]);

export function isReceiptFieldName(name: string): name is ReceiptFieldName {
  return (receiptFieldNames as readonly string[]).includes(name);
}

const english = translator("en");

/** A receipt field's label: `Total`, `合計`. */
export function receiptFieldLabel(name: ReceiptFieldName, tr: Translator = english): string {
  return tr.t(`field.${name}`);
}

/**
 * What to call the value at a path, for tooltips and buttons: `Total`, `Item 2 amount`,
 * `Row 4 date`, a caller's own field by its name; `合計`, `明細2の金額`, `4行目の日付`.
 */
export function fieldLabel(path: string, tr: Translator = english): string {
  if (isReceiptFieldName(path)) return receiptFieldLabel(path, tr);
  const [group, index, part] = path.split(".");
  if (group === "fields" && index !== undefined) return path.slice("fields.".length);
  const n = Number(index) + 1;
  if (group === "items" && Number.isInteger(n)) {
    return part === "amount" ? tr.t("field.itemAmount", { n }) : tr.t("field.item", { n });
  }
  if (group === "rows" && Number.isInteger(n)) {
    if (part === "date") return tr.t("field.rowDate", { n });
    if (part === "amount") return tr.t("field.rowAmount", { n });
    return tr.t("field.rowDescription", { n });
  }
  return path;
}

function push(boxes: FieldBox[], key: string, label: string, field: Pick<Field, "box">): void {
  const { box } = field;
  if (box && box.x1 > box.x0 && box.y1 > box.y0) boxes.push({ key, label, box });
}

/** Every field of a result that has a box, for drawing over the screenshot. */
export function fieldBoxes(result: JobResult, tr: Translator = english): FieldBox[] {
  const boxes: FieldBox[] = [];
  const { document } = result;
  const add = (key: string, field: Pick<Field, "box">) => push(boxes, key, fieldLabel(key, tr), field);
  if (document.kind === "receipt") {
    for (const name of receiptFieldNames) add(name, document[name]);
    document.items.forEach((item, index) => {
      add(`items.${index}.description`, item.description);
      add(`items.${index}.amount`, item.amount);
    });
  } else if (document.kind === "custom") {
    for (const custom of document.fields) add(customFieldKey(custom.name), custom.field);
  } else {
    add("currency", document.currency);
    document.rows.forEach((row, index) => {
      add(`rows.${index}.date`, row.date);
      add(`rows.${index}.description`, row.description);
      add(`rows.${index}.amount`, row.amount);
    });
  }
  return boxes;
}

/** The path of a caller's own field, as checks name it: `fields.invoice_number`. */
export function customFieldKey(name: string): string {
  return `fields.${name}`;
}

/**
 * Whether a box belongs to the highlighted part of the document: the field itself, or any
 * field under it (`rows.3` highlights the row's date, description and amount).
 */
export function isHighlighted(key: string, highlight: string | null): boolean {
  return highlight !== null && (key === highlight || key.startsWith(`${highlight}.`));
}
