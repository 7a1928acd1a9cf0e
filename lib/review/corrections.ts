import { AppError } from "@/lib/errors";
import type { ExtractedDocument } from "@/lib/extract/schema";
import { type FieldType, fieldPaths } from "@/lib/review/field-paths";
import type { CorrectionInput, Corrections, JobSummary } from "@/lib/review/schema";

const FORMS: Record<FieldType, { test: (value: string | number) => boolean; hint: string }> = {
  string: { test: (value) => typeof value === "string", hint: "text" },
  number: { test: (value) => typeof value === "number", hint: "a number (e.g. 1280 or 12.45)" },
  date: { test: (value) => typeof value === "string" && isRealDate(value), hint: "a date as YYYY-MM-DD" },
  time: {
    test: (value) => typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
    hint: "a time as HH:MM",
  },
};

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Checks that a correction names a field of this document and has that field's form. */
export function validateCorrection(document: ExtractedDocument, input: CorrectionInput): CorrectionInput {
  const target = fieldPaths(document).get(input.path);
  if (!target) throw new AppError("invalid_correction", `There is no field “${input.path}” in this result.`, 422);
  const value = typeof input.value === "string" ? input.value.trim() : input.value;
  if (value !== null && !FORMS[target.type].test(value)) {
    throw new AppError("invalid_correction", `“${input.path}” takes ${FORMS[target.type].hint}.`, 422);
  }
  return { path: input.path, value: target.type === "string" && value === "" ? null : value };
}

/** The document with every corrected value in place (originals are kept by the caller). */
export function correctedDocument(document: ExtractedDocument, corrections: Corrections): ExtractedDocument {
  const copy = structuredClone(document);
  const paths = fieldPaths(copy);
  for (const [path, correction] of Object.entries(corrections)) {
    const target = paths.get(path);
    if (target) target.field.value = correction.value;
  }
  return copy;
}

/** A document's main fields for the history list and its search. */
export function summarise(document: ExtractedDocument): JobSummary {
  if (document.kind === "receipt") {
    return {
      kind: "receipt",
      merchant: document.merchant.value,
      total: document.total.value,
      currency: document.currency.value,
      date: document.date.value,
      rows: null,
    };
  }
  if (document.kind === "transaction_list") {
    return {
      kind: "transaction_list",
      merchant: null,
      total: null,
      currency: document.currency.value,
      date: document.rows.find((row) => row.date.value !== null)?.date.value ?? null,
      rows: document.rows.length,
    };
  }
  const named = (name: string) => document.fields.find((field) => field.name.toLowerCase() === name)?.field.value;
  const merchant = named("merchant");
  const total = named("total") ?? named("amount");
  return {
    kind: "custom",
    merchant: typeof merchant === "string" ? merchant : null,
    total: typeof total === "number" ? total : null,
    currency: null,
    date: null,
    rows: null,
  };
}
