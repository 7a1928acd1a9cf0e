import {
  type AnyField,
  type Check,
  type ExtractedDocument,
  type Receipt,
  receiptFieldNames,
  type TransactionList,
} from "@/lib/extract/schema";
import { normaliseForMatch } from "@/lib/verify/normalise";

/**
 * A second opinion for values a model extracted: the local rules read the same OCR words, and
 * each value's confidence combines how well OCR read it (the words' confidence, 0 when the value
 * is not in the image) with whether the rules agree. Disagreements become checks naming both
 * readings; nothing is silently overwritten.
 */

type Agreement = "agree" | "disagree" | "absent";

/** How much agreement counts for: the rules finding nothing is weaker evidence than a clash. */
const AGREEMENT_SCORE: Record<Agreement, number> = { agree: 1, absent: 0.6, disagree: 0.2 };
const OCR_WEIGHT = 0.6;
/** A value not found in the image's text is never shown as likely. */
const NOT_SEEN_CAP = 0.35;

/** Punctuation one reader writes and the other does not: "1-2-3, Shibuya" and "1-2-3 Shibuya". */
const LOOSE_PUNCTUATION = /[,、，.。;；]/g;

function sameValue(a: string | number, b: string | number, loose = false): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 0.005;
  const form = (value: string | number) => {
    const normal = normaliseForMatch(String(value));
    return loose ? normal.replace(LOOSE_PUNCTUATION, "") : normal;
  };
  return form(a) === form(b);
}

function agreementOf(model: AnyField["value"], local: AnyField["value"] | undefined, loose = false): Agreement {
  if (model === null || local === null || local === undefined) return "absent";
  return sameValue(model, local, loose) ? "agree" : "disagree";
}

function rescore<F extends AnyField>(field: F, agreement: Agreement): F {
  if (field.value === null) return field;
  const ocr = field.seen ? field.confidence : 0;
  const combined = OCR_WEIGHT * ocr + (1 - OCR_WEIGHT) * AGREEMENT_SCORE[agreement];
  const confidence = Math.round((field.seen ? combined : Math.min(combined, NOT_SEEN_CAP)) * 100) / 100;
  return { ...field, confidence };
}

/** Values read over several lines, joined by each reader in its own way. */
const JOINED_FIELDS: ReadonlySet<string> = new Set(["address"]);

export function compareWithLocal(
  document: ExtractedDocument,
  local: ExtractedDocument,
): { document: ExtractedDocument; checks: Check[] } {
  if (document.kind === "receipt" && local.kind === "receipt") return compareReceipts(document, local);
  if (document.kind === "transaction_list" && local.kind === "transaction_list") return compareLists(document, local);
  // The rules read another kind (or the caller's own fields): no second opinion to weigh.
  return { document: rescoreAll(document), checks: [] };
}

function compareReceipts(model: Receipt, local: Receipt): { document: Receipt; checks: Check[] } {
  const checks: Check[] = [];
  const document = { ...model };
  for (const name of receiptFieldNames) {
    const agreement = agreementOf(model[name].value, local[name].value, JOINED_FIELDS.has(name));
    if (agreement === "disagree") {
      checks.push({
        code: "local_disagrees",
        status: "warn",
        field: name,
        message: `The model read “${model[name].value}”; the local rules read “${local[name].value}”.`,
      });
    }
    // biome-ignore lint/suspicious/noExplicitAny: each name keeps its own field type.
    (document as any)[name] = rescore(model[name], agreement);
  }
  document.items = model.items.map((item) => {
    const match = local.items.find((other) => agreementOf(item.amount.value, other.amount.value) === "agree");
    return {
      description: rescore(
        item.description,
        match ? agreementOf(item.description.value, match.description.value) : "absent",
      ),
      amount: rescore(item.amount, match ? "agree" : local.items.length > 0 ? "disagree" : "absent"),
    };
  });
  return { document, checks };
}

function compareLists(model: TransactionList, local: TransactionList): { document: TransactionList; checks: Check[] } {
  const unmatched = new Map<string, number>();
  const key = (date: unknown, amount: unknown) => `${date}|${amount}`;
  for (const row of local.rows) {
    const k = key(row.date.value, row.amount.value);
    unmatched.set(k, (unmatched.get(k) ?? 0) + 1);
  }
  let agreed = 0;
  const rows = model.rows.map((row) => {
    const k = key(row.date.value, row.amount.value);
    const available = unmatched.get(k) ?? 0;
    const agreement: Agreement = available > 0 ? "agree" : local.rows.length > 0 ? "disagree" : "absent";
    if (available > 0) {
      unmatched.set(k, available - 1);
      agreed++;
    }
    return {
      ...row,
      date: rescore(row.date, agreement),
      description: rescore(row.description, agreement === "agree" ? "agree" : "absent"),
      amount: rescore(row.amount, agreement),
    };
  });
  const currency = rescore(model.currency, agreementOf(model.currency.value, local.currency.value));
  const checks: Check[] =
    model.rows.length === 0
      ? []
      : [
          {
            code: "local_agreement",
            status: agreed === model.rows.length ? "pass" : "warn",
            message: `The local rules read ${agreed} of the model's ${model.rows.length} rows with the same date and amount.`,
          },
        ];
  return { document: { ...model, currency, rows }, checks };
}

function rescoreAll(document: ExtractedDocument): ExtractedDocument {
  if (document.kind !== "custom") return document;
  return {
    ...document,
    fields: document.fields.map((custom) => ({ ...custom, field: rescore(custom.field, "absent") })),
  };
}
