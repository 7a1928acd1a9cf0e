import type { IncomingHttpHeaders } from "node:http";

/** Token counts as OpenAI reports them. */
export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** One chat message as sent by a client; `content` is a string or an array of parts (text, image_url). */
export interface ChatMessage {
  role: string;
  content?: string | Array<{ type: string; text?: string; [key: string]: unknown }> | null;
  [key: string]: unknown;
}

/**
 * The JSON body of a `POST /v1/chat/completions` as the fake server parsed it. Only the fields
 * the fake reads are typed; everything else the client sent is kept (index signature).
 */
export interface ChatRequestBody {
  model?: string;
  messages?: ChatMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  response_format?: {
    type: string;
    json_schema?: { name?: string; strict?: boolean | null; schema?: Record<string, unknown> };
  } | null;
  tools?: unknown[];
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  [key: string]: unknown;
}

/** One HTTP request the fake server received, in arrival order. */
export interface RecordedRequest {
  /** 0-based position in `server.requests` (every request counts, including 401s and 404s). */
  index: number;
  method: string;
  /** The path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `null` when there was no body or it was not JSON. */
  body: ChatRequestBody | null;
  /** The HTTP status the server answered (0 until the status line is sent, or when the socket was dropped). */
  readonly status: number;
  /** True when the client closed the connection before the server finished its response. */
  disconnected: boolean;
  /**
   * `performance.now()` (in the server's process) when a completion that ends properly was
   * finished: for a stream, right after its last event (`data: [DONE]`) was written, as the
   * response is ended; for a non-streaming answer, as its body is written. Unset until then,
   * and for errors, stalls and drops. For measuring what happens after the model's last token.
   */
  finishedAt?: number;
}

/** Pacing and accounting shared by the behaviours that stream content. */
export interface StreamPacing {
  /** Characters (code points) per streamed content delta. Default 12. */
  chunkChars?: number;
  /**
   * Tokens per streamed content delta, as the fake counts them (wire-format.ts tokenPieces:
   * 4 ASCII characters, or one other character): a model's pace (`atTokenRate`). Overrides
   * `chunkChars`.
   */
  chunkTokens?: number;
  /** Milliseconds between streamed deltas. Default 5. */
  chunkDelayMs?: number;
  /** Overrides the estimated usage (estimate: wire-format.ts tokenPieces). */
  usage?: Partial<Usage>;
}

/**
 * What the fake answers to one chat completion request. Streaming requests get SSE chunks,
 * others one `chat.completion` object, except where a variant says otherwise.
 */
export type Behaviour =
  /** `JSON.stringify(body)` as the message content, `finish_reason: "stop"`. */
  | ({ type: "json"; body: unknown } & StreamPacing)
  /** Raw content (e.g. malformed JSON), `finish_reason: "stop"`. */
  | ({ type: "text"; content: string } & StreamPacing)
  /** An HTTP error in OpenAI's error shape; `headers` e.g. `{ "retry-after": "1" }` or `{ "retry-after-ms": "50" }`. */
  | { type: "status"; status: number; headers?: Record<string, string>; message?: string }
  /**
   * Streaming: headers, the role chunk and `afterChars` content characters (default 12), then
   * silence until the client disconnects. Non-streaming: silence before the headers (so the
   * SDK's `timeout` applies).
   */
  | ({ type: "stall"; afterChars?: number; content?: string } & Omit<StreamPacing, "usage">)
  /** `delta.refusal` (streaming) / `message.refusal` (non-streaming), no content, `finish_reason: "stop"`. */
  | ({ type: "refusal"; text: string } & StreamPacing)
  /** `partial` as content, then `finish_reason: "length"`. */
  | ({ type: "length"; partial: string } & StreamPacing)
  /** Content `""`, `finish_reason: "stop"`. */
  | ({ type: "empty" } & Omit<StreamPacing, "chunkChars">)
  /**
   * Destroys the socket. Without `afterChars`: before any response byte (the SDK throws
   * `APIConnectionError`). With `afterChars`: after the headers and that many content characters
   * (mid-stream / mid-body; the SDK rethrows the fetch body error, a `TypeError: terminated`).
   */
  | ({ type: "drop"; afterChars?: number; content?: string } & Omit<StreamPacing, "usage">);

/** Decides the behaviour for one chat completion request. */
export type Responder = (request: RecordedRequest) => Behaviour;
