import type { Field, JobResult } from "@/lib/extract/schema";
import type { Box } from "@/lib/ocr/types";

/** One extracted value's place in the image, named by its path in the document. */
export interface FieldBox {
  /** The field's path: `total`, `items.0.amount`, `rows.3.description`. */
  key: string;
  /** What to call it in a tooltip: `Total`, `Row 4 amount`. */
  label: string;
  box: Box;
}

/** The receipt fields in display order, with their labels. */
export const receiptFieldLabels = {
  merchant: "Merchant",
  date: "Date",
  time: "Time",
  total: "Total",
  currency: "Currency",
  paymentMethod: "Payment method",
  reference: "Reference",
} as const;

export type ReceiptFieldName = keyof typeof receiptFieldLabels;
export const receiptFieldNames = Object.keys(receiptFieldLabels) as ReceiptFieldName[];

function push(boxes: FieldBox[], key: string, label: string, field: Pick<Field, "box">): void {
  const { box } = field;
  if (box && box.x1 > box.x0 && box.y1 > box.y0) boxes.push({ key, label, box });
}

/** Every field of a result that has a box, for drawing over the screenshot. */
export function fieldBoxes(result: JobResult): FieldBox[] {
  const boxes: FieldBox[] = [];
  const { document } = result;
  if (document.kind === "receipt") {
    for (const name of receiptFieldNames) push(boxes, name, receiptFieldLabels[name], document[name]);
    document.items.forEach((item, index) => {
      push(boxes, `items.${index}.description`, `Item ${index + 1}`, item.description);
      push(boxes, `items.${index}.amount`, `Item ${index + 1} amount`, item.amount);
    });
  } else if (document.kind === "custom") {
    for (const custom of document.fields) push(boxes, customFieldKey(custom.name), custom.name, custom.field);
  } else {
    push(boxes, "currency", "Currency", document.currency);
    document.rows.forEach((row, index) => {
      push(boxes, `rows.${index}.date`, `Row ${index + 1} date`, row.date);
      push(boxes, `rows.${index}.description`, `Row ${index + 1} description`, row.description);
      push(boxes, `rows.${index}.amount`, `Row ${index + 1} amount`, row.amount);
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
