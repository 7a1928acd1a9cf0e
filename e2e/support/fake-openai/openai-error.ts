import type { ServerResponse } from "node:http";

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
