import type { ExtractedDocument } from "@/lib/extract/schema";
import type { Translator } from "@/lib/i18n";
import { parseIsoDate } from "@/lib/i18n/format";
import { type FieldType, fieldPaths } from "@/lib/review/field-paths";
import type { Corrections } from "@/lib/review/schema";

/** A value as a document holds it: text, a number, or null for "not there". */
export type FieldValue = string | number | null;

/** The `<input type>` that edits a value of a field type. */
export const inputTypes: Record<FieldType, "text" | "number" | "date" | "time"> = {
  string: "text",
  number: "number",
  date: "date",
  time: "time",
};

/** A value as an input holds it: the empty string for null. */
export function toInputValue(value: FieldValue): string {
  return value === null ? "" : String(value);
}

const FULL_WIDTH = /[０-９．，－]/g;

/** `１，２８０` → `1,280`: Japanese keyboards type full-width digits. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Reads what was typed as a field's value. Empty is null (the value is not there). A number
 * may be typed with grouping, a currency sign or full-width digits (`¥1,300`, `１３００円`).
 * Dates and times come from their pickers (`2026-10-03`, `12:34`); the server checks the rest.
 */
export function parseInput(
  type: FieldType,
  raw: string,
  tr: Translator,
): { ok: true; value: FieldValue } | { ok: false; error: string } {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  if (type === "number") {
    const cleaned = halfWidth(text).replace(/[\s,¥￥$€£円]/g, "");
    const value = Number(cleaned);
    return cleaned !== "" && Number.isFinite(value)
      ? { ok: true, value }
      : { ok: false, error: tr.t("review.needNumber") };
  }
  if (type === "date")
    return parseIsoDate(text) ? { ok: true, value: text } : { ok: false, error: tr.t("review.needDate") };
  if (type === "time") {
    return /^\d{1,2}:\d{2}(:\d{2})?$/.test(text)
      ? { ok: true, value: text.slice(0, 5).padStart(5, "0") }
      : { ok: false, error: tr.t("review.needTime") };
  }
  return { ok: true, value: text };
}

/** Whether two values are the same (numbers by value, text exactly). */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-9);
}

/** The review of a result: what each path read, its type, and what the person changed. */
export interface Review {
  /** The document with every correction in place: what the page shows. */
  document: ExtractedDocument;
  /** The value read from the image at a path, and its type; undefined for an unknown path. */
  original: (path: string) => { value: FieldValue; type: FieldType } | undefined;
  /** The person's correction at a path, if any. */
  correction: (path: string) => Corrections[string] | undefined;
  /** How many corrections apply to this document. */
  count: number;
  /** The paths of those corrections. */
  correctedPaths: readonly string[];
}

/** Puts the corrections on a document; the original values stay reachable by path. */
export function reviewOf(original: ExtractedDocument, corrections: Corrections): Review {
  const originals = fieldPaths(original);
  const document = structuredClone(original);
  const targets = fieldPaths(document);
  const correctedPaths: string[] = [];
  for (const [path, correction] of Object.entries(corrections)) {
    const target = targets.get(path);
    if (!target) continue;
    target.field.value = correction.value;
    correctedPaths.push(path);
  }
  return {
    document,
    original: (path) => {
      const found = originals.get(path);
      return found ? { value: found.field.value, type: found.type } : undefined;
    },
    correction: (path) => (Object.hasOwn(corrections, path) && originals.has(path) ? corrections[path] : undefined),
    count: correctedPaths.length,
    correctedPaths,
  };
}

/**
 * The document as plain JSON for the clipboard, corrected values in place and no provenance:
 * `{kind, merchant, total, …, items: [{description, amount}]}`, `{kind, currency, rows}`,
 * `{kind: "custom", fields: {name: value}}`.
 */
export function plainDocument(document: ExtractedDocument): Record<string, unknown> {
  if (document.kind === "receipt") {
    return {
      kind: document.kind,
      merchant: document.merchant.value,
      address: document.address.value,
      date: document.date.value,
      time: document.time.value,
      subtotal: document.subtotal.value,
      tax: document.tax.value,
      rounding: document.rounding.value,
      total: document.total.value,
      currency: document.currency.value,
      paymentMethod: document.paymentMethod.value,
      reference: document.reference.value,
      items: document.items.map((item) => ({ description: item.description.value, amount: item.amount.value })),
    };
  }
  if (document.kind === "transaction_list") {
    return {
      kind: document.kind,
      currency: document.currency.value,
      rows: document.rows.map((row) => ({
        date: row.date.value,
        description: row.description.value,
        amount: row.amount.value,
        direction: row.direction,
      })),
    };
  }
  return {
    kind: document.kind,
    fields: Object.fromEntries(document.fields.map((custom) => [custom.name, custom.field.value])),
  };
}
