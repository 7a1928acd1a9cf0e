import type { TruthDocument, TruthRow } from "../../../scripts/fixtures/truth-schema";
import { countAmount, hasDate, normaliseForMatch } from "./fixture-match";
import type { ChatMessage, ChatRequestBody } from "./types";

/** What a request asks for, and the answers a perfect model gives in each shape. */

/** The tag pair the fixture responder looks for around the OCR text in user messages. */
export const ocrTextTags = { open: "<ocr_text>", close: "</ocr_text>" } as const;

/** The document shape a request asks for. */
export type RequestedShape =
  | { kind: "receipt" }
  | { kind: "transaction_list" }
  /** The model decides the kind: `{document: {kind, …receipt or list}}`. */
  | { kind: "document" }
  /** The kind alone: `{kind}`. */
  | { kind: "document_kind" }
  /** Any other `json_schema` name: the properties of `schema` are filled by name. */
  | { kind: "custom"; name: string; schema: Record<string, unknown> }
  /** No `json_schema` (e.g. `json_object`): `hint` is the kind the system prompt names alone, if any. */
  | { kind: "unspecified"; hint: "receipt" | "transaction_list" | null };

function textOf(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (typeof part.text === "string" ? part.text : "")).join("\n");
}

/**
 * The OCR text a request carries: every `<ocr_text>…</ocr_text>` block of its user messages
 * (the tag may carry attributes, e.g. `<ocr_text chunk="2/3">`), joined by newlines. Text
 * outside those blocks is ignored, so without the tags the responder sees no OCR text at all.
 */
export function ocrTextOf(body: ChatRequestBody | null): string {
  const blocks: string[] = [];
  for (const message of body?.messages ?? []) {
    if (message.role !== "user") continue;
    for (const match of textOf(message).matchAll(/<ocr_text\b[^>]*>((?:(?!<ocr_text\b)[\s\S])*?)<\/ocr_text>/g)) {
      blocks.push(match[1] ?? "");
    }
  }
  return blocks.join("\n");
}

/** Whether any user message carries an `<ocr_text>` block. */
export function hasOcrText(body: ChatRequestBody | null): boolean {
  return (body?.messages ?? []).some((message) => message.role === "user" && /<ocr_text\b/.test(textOf(message)));
}

/** Whether any user message carries an image part. */
export function hasImage(body: ChatRequestBody | null): boolean {
  return (body?.messages ?? []).some(
    (message) => Array.isArray(message.content) && message.content.some((part) => part.type === "image_url"),
  );
}

const NAMED_SHAPES = new Set(["receipt", "transaction_list", "document", "document_kind"]);

/**
 * What the request asks for: `response_format.json_schema.name` `"receipt"`,
 * `"transaction_list"`, `"document"` (either, the model decides) or `"document_kind"`; any other
 * schema name is `custom`. Without a strict schema (JSON mode, plain text), the schema the system
 * prompt carries in `<answer_schema name="…">{json schema}</answer_schema>` decides the same way;
 * failing that, the system prompt is read for a kind it names (`receipt` / `transaction_list`,
 * only one of them).
 */
export function requestedShape(body: ChatRequestBody | null): RequestedShape {
  const format = body?.response_format;
  if (format?.type === "json_schema" && format.json_schema) {
    return namedShape(format.json_schema.name ?? "", format.json_schema.schema ?? {});
  }
  const system = (body?.messages ?? [])
    .filter((m) => m.role === "system" || m.role === "developer")
    .map(textOf)
    .join("\n");
  const described = /<answer_schema name="([^"]*)">([\s\S]*?)<\/answer_schema>/.exec(system);
  if (described) return namedShape(described[1] ?? "", parseSchema(described[2] ?? ""));
  const receipt = /\breceipt\b/i.test(system);
  const list = /\btransaction_list\b/i.test(system);
  return { kind: "unspecified", hint: receipt === list ? null : receipt ? "receipt" : "transaction_list" };
}

function namedShape(name: string, schema: Record<string, unknown>): RequestedShape {
  if (NAMED_SHAPES.has(name)) return { kind: name } as RequestedShape;
  return { kind: "custom", name, schema };
}

function parseSchema(text: string): Record<string, unknown> {
  try {
    const schema: unknown = JSON.parse(text);
    return isRecord(schema) ? schema : {};
  } catch {
    return {};
  }
}

/** Whether the request corrects an earlier answer: the model's answer is in the conversation. */
export function isRepairRequest(body: ChatRequestBody | null): boolean {
  return (body?.messages ?? []).some((message) => message.role === "assistant");
}

/** The JSON a good model returns for the `receipt` schema: the truth's plain values. */
export interface ReceiptAnswer {
  merchant: string | null;
  address: string | null;
  date: string | null;
  time: string | null;
  subtotal: number | null;
  tax: number | null;
  rounding: number | null;
  total: number | null;
  currency: string | null;
  paymentMethod: string | null;
  reference: string | null;
  items: Array<{ description: string; amount: number }>;
}

/** The JSON a good model returns for the `transaction_list` schema. */
export interface TransactionListAnswer {
  currency: string | null;
  rows: TruthRow[];
}

/** The receipt answer for `document` (all null, no items, for null or a list — keeping its currency). */
export function receiptAnswer(document: TruthDocument | null): ReceiptAnswer {
  if (document?.kind !== "receipt") {
    return {
      merchant: null,
      address: null,
      date: null,
      time: null,
      subtotal: null,
      tax: null,
      rounding: null,
      total: null,
      currency: document?.currency ?? null,
      paymentMethod: null,
      reference: null,
      items: [],
    };
  }
  const { merchant, address, date, time, subtotal, tax, rounding, total, currency, paymentMethod, reference } =
    document;
  return {
    merchant,
    address: address ?? null,
    date,
    time,
    subtotal: subtotal ?? null,
    tax: tax ?? null,
    rounding: rounding ?? null,
    total,
    currency,
    paymentMethod,
    reference,
    items: document.items.map((i) => ({ ...i })),
  };
}

/**
 * The transaction list answer for `document`. With `ocrText`, only the rows that text shows:
 * those whose amount appears in it as a whole number (`3,240`, `23.10`). When several rows share an
 * amount that appears fewer times, the rows whose date also appears are kept first.
 */
export function transactionListAnswer(document: TruthDocument | null, ocrText?: string): TransactionListAnswer {
  if (document?.kind !== "transaction_list") return { currency: document?.currency ?? null, rows: [] };
  const rows = ocrText === undefined ? document.rows : rowsInText(document.rows, ocrText);
  return { currency: document.currency, rows: rows.map((r) => ({ ...r })) };
}

/** The rows of `rows` that `ocrText` shows (see {@link transactionListAnswer}), in their order. */
export function rowsInText(rows: TruthRow[], ocrText: string): TruthRow[] {
  const text = normaliseForMatch(ocrText);
  const kept = new Set<TruthRow>();
  const byAmount = new Map<number, TruthRow[]>();
  for (const row of rows) byAmount.set(row.amount, [...(byAmount.get(row.amount) ?? []), row]);
  for (const [amount, group] of byAmount) {
    const seen = countAmount(text, amount);
    const ranked = [...group.filter((r) => hasDate(text, r.date)), ...group.filter((r) => !hasDate(text, r.date))];
    for (const row of ranked.slice(0, seen)) kept.add(row);
  }
  return rows.filter((row) => kept.has(row));
}

/**
 * The answer for a caller's own schema: each property of `schema.properties` whose name matches a
 * truth field (ignoring case, `_` and `-`: `payment_method` is `paymentMethod`; `kind` is the
 * document kind) gets that value, converted to the property's JSON type when it names one
 * (a number for a `string` property becomes its text); a nested object schema is filled the same
 * way; every other property is null.
 */
export function customAnswer(document: TruthDocument | null, schema: unknown): Record<string, unknown> {
  const fields = new Map<string, unknown>();
  if (document) for (const [name, value] of Object.entries(document)) fields.set(fieldKey(name), value);
  return fill(schema, fields);
}

function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, "");
}

function fill(schema: unknown, fields: Map<string, unknown>): Record<string, unknown> {
  const properties = isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
  const answer: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const key = fieldKey(name);
    if (fields.has(key)) answer[name] = convert(fields.get(key), property);
    else if (isRecord(property) && isRecord(property.properties)) answer[name] = fill(property, fields);
    else answer[name] = null;
  }
  return answer;
}

function convert(value: unknown, property: unknown): unknown {
  const types = jsonTypes(property);
  if (value === null || value === undefined) return null;
  if (types.size === 0) return value;
  if (typeof value === "number") {
    if (types.has("number") || types.has("integer")) return value;
    return types.has("string") ? String(value) : null;
  }
  if (typeof value === "string") {
    if (types.has("string")) return value;
    const n = Number(value.replace(/,/g, ""));
    return (types.has("number") || types.has("integer")) && value.trim() !== "" && Number.isFinite(n) ? n : null;
  }
  if (Array.isArray(value)) return types.has("array") ? value : null;
  return types.has("object") ? value : null;
}

/** The JSON types a property schema allows (`type`, a type array, or `anyOf` branches). */
function jsonTypes(property: unknown): Set<string> {
  const types = new Set<string>();
  if (!isRecord(property)) return types;
  const { type, anyOf } = property;
  if (typeof type === "string") types.add(type);
  if (Array.isArray(type)) for (const t of type) if (typeof t === "string") types.add(t);
  if (Array.isArray(anyOf)) for (const branch of anyOf) for (const t of jsonTypes(branch)) types.add(t);
  return types;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
