import type { ChatMessage, ChatRequestBody } from "./types";

/** The tag pair the fixture responder looks for around the OCR text in user messages. */
export const ocrTextTags = { open: "<ocr_text>", close: "</ocr_text>" } as const;

/** The document shape a request asks for. */
export type RequestedShape =
  | { kind: "receipt" }
  | { kind: "transaction_list" }
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

/**
 * What the request asks for: `response_format.json_schema.name` `"receipt"` or
 * `"transaction_list"`; any other schema name is `custom`; without a schema, the system prompt
 * is read for a kind it names (`receipt` / `transaction_list`, only one of them).
 */
export function requestedShape(body: ChatRequestBody | null): RequestedShape {
  const format = body?.response_format;
  if (format?.type === "json_schema" && format.json_schema) {
    const name = format.json_schema.name ?? "";
    if (name === "receipt" || name === "transaction_list") return { kind: name };
    return { kind: "custom", name, schema: format.json_schema.schema ?? {} };
  }
  const system = (body?.messages ?? [])
    .filter((m) => m.role === "system" || m.role === "developer")
    .map(textOf)
    .join("\n");
  const receipt = /\breceipt\b/i.test(system);
  const list = /\btransaction_list\b/i.test(system);
  return { kind: "unspecified", hint: receipt === list ? null : receipt ? "receipt" : "transaction_list" };
}
