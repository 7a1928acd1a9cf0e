import { isReceiptFieldName, receiptFieldLabel } from "@/lib/client/field-boxes";
import { formatMoney } from "@/lib/client/format";
import { parsePartialJson } from "@/lib/client/partial-json";
import { type Translator, translator } from "@/lib/i18n";
import { formatAdjustment } from "@/lib/i18n/format";

/**
 * What the model has written so far, as fields a person can read: the values of its partial
 * JSON answer (one text per chunk of a long list), before the final result arrives. Forgiving
 * about the answer's shape: a value may be plain (`"total": 12.45`) or carry provenance
 * (`"total": {"value": 12.45, "text": "$12.45"}`), and a caller's own fields may come as an
 * object or as a list of `{name, value}`.
 */
export interface PartialDocument {
  /** The kind the model says it is reading, if it said. */
  kind: string | null;
  /** The single values found so far, in the order they appeared. */
  fields: PartialValue[];
  /** Lists (line items, transaction rows), their rows concatenated over the chunks. */
  lists: PartialList[];
}

export interface PartialValue {
  /** The key in the model's answer: `merchant`, `total`, a caller's field name. */
  name: string;
  label: string;
  /** The value as text; null when the model wrote `null` (not found). */
  display: string | null;
}

export interface PartialList {
  name: string;
  label: string;
  rows: PartialValue[][];
}

/** Keys that describe a value rather than being one. */
const PROVENANCE = new Set(["text", "box", "confidence", "seen"]);
/** Lists known by name; any other array of objects is shown as a list too. */
const LIST_LABELS = { items: "preview.items", rows: "preview.transactions" } as const;
const MONEY_KEYS = new Set(["total", "amount", "subtotal", "tax", "tip"]);
/** Amounts that adjust another, written with their sign. */
const ADJUSTMENT_KEYS = new Set(["rounding"]);
const KINDS = new Set(["receipt", "transaction_list", "custom"]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `paymentMethod`, `payment_method` → `Payment method`. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelOf(name: string, tr: Translator): string {
  if (isReceiptFieldName(name)) return receiptFieldLabel(name, tr);
  if (name === "description") return tr.t("items.description");
  if (name === "amount") return tr.t("items.amount");
  if (name === "value") return tr.t("field.value");
  return humanize(name);
}

/** The value itself: unwraps `{value, text, …}`. `undefined` when there is nothing to show yet. */
function unwrap(value: unknown): unknown {
  if (isObject(value) && "value" in value) return value.value;
  if (isObject(value) && Object.keys(value).length === 0) return undefined;
  return value;
}

function display(name: string, value: unknown, currency: string | null, tr: Translator): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === "number") {
    if (ADJUSTMENT_KEYS.has(name)) return formatAdjustment(value, currency, tr.locale);
    return MONEY_KEYS.has(name) ? formatMoney(value, currency, tr) : String(value);
  }
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function currencyOf(root: Json): string | null {
  const value = unwrap(root.currency);
  return typeof value === "string" && /^[A-Za-z]{3}$/.test(value) ? value : null;
}

/** A caller's own fields: `{"fields": {"name": value}}` or `{"fields": [{"name", "value"}]}`. */
function customEntries(fields: unknown): [string, unknown][] | null {
  if (isObject(fields)) return Object.entries(fields);
  if (!Array.isArray(fields)) return null;
  const entries: [string, unknown][] = [];
  for (const entry of fields) {
    if (!isObject(entry) || typeof entry.name !== "string") continue;
    entries.push([entry.name, "field" in entry ? unwrap(entry.field) : unwrap(entry.value)]);
  }
  return entries;
}

function rowOf(row: unknown, currency: string | null, tr: Translator): PartialValue[] {
  if (!isObject(row)) {
    const shown = display("", unwrap(row), currency, tr);
    return shown === undefined ? [] : [{ name: "value", label: labelOf("value", tr), display: shown }];
  }
  const cells: PartialValue[] = [];
  const direction = unwrap(row.direction);
  for (const [name, raw] of Object.entries(row)) {
    if (name === "direction" || PROVENANCE.has(name)) continue;
    let shown = display(name, unwrap(raw), currency, tr);
    if (shown === undefined) continue;
    if (shown !== null && name === "amount" && (direction === "out" || direction === "in")) {
      shown = `${direction === "out" ? "−" : "+"}${shown.replace(/^-/, "")}`;
    }
    cells.push({ name, label: labelOf(name, tr), display: shown });
  }
  return cells;
}

/** Merges the partial answers of all chunks (in chunk order) into one readable document. */
export function partialDocument(texts: readonly string[], tr: Translator = translator("en")): PartialDocument {
  const result: PartialDocument = { kind: null, fields: [], lists: [] };
  const seen = new Map<string, PartialValue>();
  const lists = new Map<string, PartialList>();
  for (const text of texts) {
    const root = parsePartialJson(text);
    if (!isObject(root)) continue;
    const currency = currencyOf(root);
    // `kind` names the document only when it is one; otherwise it is a caller's field.
    const kind = unwrap(root.kind);
    const namesKind = typeof kind === "string" && KINDS.has(kind);
    if (namesKind && !result.kind) result.kind = kind;
    const custom = customEntries(root.fields);
    const entries = custom ?? Object.entries(root).filter(([name]) => !(name === "kind" && namesKind));
    for (const [name, raw] of entries) {
      const value = unwrap(raw);
      if (!custom && Array.isArray(value)) {
        const known = Object.hasOwn(LIST_LABELS, name) ? LIST_LABELS[name as keyof typeof LIST_LABELS] : null;
        const list = lists.get(name) ?? { name, label: known ? tr.t(known) : labelOf(name, tr), rows: [] };
        lists.set(name, list);
        for (const row of value) {
          const cells = rowOf(row, currency, tr);
          if (cells.length > 0) list.rows.push(cells);
        }
        continue;
      }
      const shown = display(name, value, currency, tr);
      if (shown === undefined) continue;
      const known = seen.get(name);
      // A later chunk repeats the header values: the first non-empty reading stays.
      if (known && known.display !== null) continue;
      const entry = { name, label: custom ? name : labelOf(name, tr), display: shown };
      if (known) Object.assign(known, entry);
      else {
        seen.set(name, entry);
        result.fields.push(entry);
      }
    }
  }
  result.lists = [...lists.values()].filter((list) => list.rows.length > 0);
  return result;
}
