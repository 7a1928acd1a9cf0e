import { finalDocument } from "@/lib/export/export-jobs";
import type { JobSnapshot } from "@/lib/jobs/schema";

/**
 * CSV for spreadsheets: one row per receipt, one row per transaction of a list, corrected values
 * used. UTF-8 with a byte-order mark so that Excel opens Japanese text correctly; RFC 4180
 * quoting; text that a spreadsheet would run as a formula (=, +, -, @ first) is defused.
 *
 * A receipt's address, subtotal, tax and rounding come last, after `corrected`: they were added
 * later, and a sheet that reads the columns by position keeps working. Lists leave them empty.
 */

export const CSV_COLUMNS = [
  "job_id",
  "file_name",
  "kind",
  "date",
  "time",
  "description",
  "amount",
  "currency",
  "direction",
  "payment_method",
  "reference",
  "corrected",
  "address",
  "subtotal",
  "tax",
  "rounding",
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

const BOM = "\uFEFF";

export function toCsv(snapshots: JobSnapshot[]): string {
  const rows = snapshots.flatMap(rowsOf);
  const lines = [CSV_COLUMNS.join(","), ...rows.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(","))];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

function rowsOf(snapshot: JobSnapshot): Row[] {
  const document = finalDocument(snapshot);
  if (!document) return [];
  const base = { job_id: snapshot.id, file_name: snapshot.fileName, kind: document.kind };
  const correctedUnder = (prefix: string) =>
    Object.keys(snapshot.corrections)
      .filter((path) => prefix === "" || path.startsWith(prefix))
      .join(" ");
  if (document.kind === "receipt") {
    return [
      {
        ...base,
        date: document.date.value,
        time: document.time.value,
        description: document.merchant.value,
        amount: document.total.value,
        currency: document.currency.value,
        direction: "out",
        payment_method: document.paymentMethod.value,
        reference: document.reference.value,
        corrected: correctedUnder(""),
        address: document.address.value,
        subtotal: document.subtotal.value,
        tax: document.tax.value,
        rounding: document.rounding.value,
      },
    ];
  }
  if (document.kind === "transaction_list") {
    return document.rows.map((row, i) => ({
      ...base,
      date: row.date.value,
      description: row.description.value,
      amount: row.amount.value,
      currency: document.currency.value,
      direction: row.direction,
      corrected: correctedUnder(`rows.${i}.`),
    }));
  }
  // The caller's own fields have no fixed columns: one row, the fields as name=value pairs.
  return [
    {
      ...base,
      description: document.fields.map((custom) => `${custom.name}=${custom.field.value ?? ""}`).join("; "),
      corrected: correctedUnder(""),
    },
  ];
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
