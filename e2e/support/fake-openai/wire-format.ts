import type { ServerResponse } from "node:http";
import type { ChatRequestBody, Usage } from "./types";

/** What OpenAI's chat completion API sends, byte for byte: completion objects, stream chunks, error bodies, usage. */

/** The fields OpenAI repeats on a completion and on every chunk of a stream. */
export interface CompletionMeta {
  id: string;
  created: number;
  /** Echo of the requested model. */
  model: string;
}

/** Why generation stopped. */
export type FinishReason = "stop" | "length";

/** The assistant's final message: either content or a refusal. */
export interface AssistantOutput {
  content: string | null;
  refusal: string | null;
}

/** A non-streaming `chat.completion` object, shaped like OpenAI's. */
export function completionObject(
  meta: CompletionMeta,
  output: AssistantOutput,
  finishReason: FinishReason,
  usage: Usage,
) {
  return {
    ...metaFields(meta, "chat.completion"),
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: output.content, refusal: output.refusal, annotations: [] },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage,
    service_tier: "default",
    system_fingerprint: "fp_fake",
  };
}

/**
 * One `chat.completion.chunk` with a single choice. With `include_usage` OpenAI also sends
 * `usage: null` on every chunk but the last, so `withUsageNull` adds it.
 */
export function chunkObject(
  meta: CompletionMeta,
  delta: Record<string, unknown>,
  finishReason: FinishReason | null,
  withUsageNull: boolean,
) {
  return {
    ...metaFields(meta, "chat.completion.chunk"),
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(withUsageNull ? { usage: null } : {}),
  };
}

/** The last chunk sent when the request asked `stream_options: { include_usage: true }`. */
export function usageChunk(meta: CompletionMeta, usage: Usage) {
  return { ...metaFields(meta, "chat.completion.chunk"), choices: [], usage };
}

/** One server-sent event line: `data: <json>\n\n`, or `data: [DONE]\n\n` for the terminator. */
export function sseData(data: unknown): string {
  return `data: ${data === "[DONE]" ? "[DONE]" : JSON.stringify(data)}\n\n`;
}

function metaFields(meta: CompletionMeta, object: string) {
  return {
    id: meta.id,
    object,
    created: meta.created,
    model: meta.model,
    service_tier: "default",
    system_fingerprint: "fp_fake",
  };
}

/** The body OpenAI sends with every HTTP error. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

const defaults: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: "invalid_request_error", code: null, message: "Invalid request." },
  401: { type: "invalid_request_error", code: "invalid_api_key", message: "Incorrect API key provided." },
  404: { type: "invalid_request_error", code: null, message: "Not found." },
  429: {
    type: "requests",
    code: "rate_limit_exceeded",
    message: "Rate limit reached for requests. Please try again in 1s.",
  },
  500: { type: "server_error", code: null, message: "The server had an error while processing your request." },
  503: { type: "server_error", code: null, message: "The engine is currently overloaded, please try again later." },
};

/** OpenAI's error body for `status`, with a plausible type and code; `message` overrides the default. */
export function openAIErrorBody(status: number, message?: string): OpenAIErrorBody {
  const fallback = status >= 500 ? defaults[500] : defaults[400];
  const d = defaults[status] ?? fallback ?? { type: "server_error", code: null, message: "Error." };
  return { error: { message: message ?? d.message, type: d.type, param: null, code: d.code } };
}

/** Writes a JSON response (status, extra headers, body) and ends it. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Writes an HTTP error in OpenAI's error shape. */
export function sendError(res: ServerResponse, status: number, message?: string, headers: Record<string, string> = {}) {
  sendJson(res, status, openAIErrorBody(status, message), headers);
}

/**
 * `text` cut roughly where a real tokenizer cuts it: a run of ASCII (JSON keys, digits, English)
 * a token per 4 characters, every other character a token of its own. Counting 4 characters a
 * token for everything made Japanese answers 1.3–1.5× too cheap: o200k_base writes a kanji, a
 * kana or a half-width kana as about one token each (the fixtures' list answers: 208 such
 * characters, 249 tokens). On the fixtures' answers this count is 0.8–1.0× o200k_base's (ASCII
 * JSON with dates runs nearer 3.3 characters a token there).
 */
export function tokenPieces(text: string): string[] {
  const pieces: string[] = [];
  let run = "";
  for (const char of text) {
    if (char.charCodeAt(0) < 128) {
      run += char;
      if (run.length === ASCII_CHARS_PER_TOKEN) {
        pieces.push(run);
        run = "";
      }
      continue;
    }
    if (run) pieces.push(run);
    run = "";
    pieces.push(char);
  }
  if (run) pieces.push(run);
  return pieces;
}

const ASCII_CHARS_PER_TOKEN = 4;

/** A rough token count, as the fake counts them (tokenPieces). */
export function estimateTokens(text: string): number {
  return tokenPieces(text).length;
}

/** All text of the request's messages (string contents and text parts), joined by newlines. */
export function promptText(body: ChatRequestBody | null): string {
  const parts: string[] = [];
  for (const message of body?.messages ?? []) {
    const content = message.content;
    if (typeof content === "string") parts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content) if (typeof part.text === "string") parts.push(part.text);
    }
  }
  return parts.join("\n");
}

/** The usage reported for a request and the text it got back; `override` replaces any count. */
export function usageFor(body: ChatRequestBody | null, completion: string, override?: Partial<Usage>): Usage {
  const prompt_tokens = override?.prompt_tokens ?? estimateTokens(promptText(body));
  const completion_tokens = override?.completion_tokens ?? estimateTokens(completion);
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens: override?.total_tokens ?? prompt_tokens + completion_tokens,
  };
}
