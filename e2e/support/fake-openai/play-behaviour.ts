import type { ServerResponse } from "node:http";
import type { Behaviour, ChatRequestBody, Usage } from "./types";
import {
  type CompletionMeta,
  chunkObject,
  completionObject,
  estimateTokens,
  type FinishReason,
  sendError,
  sendJson,
  sseData,
  tokenPieces,
  usageChunk,
  usageFor,
} from "./wire-format";

/** How a behaviour becomes bytes on the wire: streamed or not, finished, stalled or dropped. */

/** What a behaviour needs to answer one chat completion request. */
export interface ResponseContext {
  res: ServerResponse;
  body: ChatRequestBody;
  meta: CompletionMeta;
  /** Registers a function run once when the response closes (finished, client gone, or server closing). */
  onClose: (cleanup: () => void) => void;
  /** Called once just before a properly ending completion's response is ended (not for stalls or drops). */
  onFinished?: () => void;
}

/** What a content-producing behaviour sends: which channel, the text, why it stops, how it is paced. */
export interface Answer {
  channel: "content" | "refusal";
  text: string;
  finishReason: FinishReason;
  chunkChars: number;
  /** Tokens per delta instead of characters, when set (splitTokens). */
  chunkTokens?: number;
  chunkDelayMs: number;
  usage?: Partial<Usage>;
}

/** Content streamed before a `stall` or `drop` when the behaviour gives none. */
export const defaultPartialContent = '{"merchant": "Blue Bottle Coffee", "date": "2026-10-03", "total": 12.45}';

const defaultChunkChars = 12;
const defaultChunkDelayMs = 5;

/**
 * The answer a behaviour produces, or null for behaviours that send no completion (`status`).
 * `stall` and `drop` yield their partial content (cut at `afterChars`). `json` and `text` are cut
 * like a real model's when they exceed the request's `max_completion_tokens` / `max_tokens`
 * (tokens as the fake counts them: wire-format.ts tokenPieces), with `finish_reason: "length"`.
 */
export function answerFor(behaviour: Behaviour, body: ChatRequestBody | null): Answer | null {
  const pacing = {
    chunkChars: Math.max(
      1,
      "chunkChars" in behaviour ? (behaviour.chunkChars ?? defaultChunkChars) : defaultChunkChars,
    ),
    chunkTokens: "chunkTokens" in behaviour && behaviour.chunkTokens ? Math.max(1, behaviour.chunkTokens) : undefined,
    chunkDelayMs: Math.max(0, behaviour.type === "status" ? 0 : (behaviour.chunkDelayMs ?? defaultChunkDelayMs)),
    usage: "usage" in behaviour ? behaviour.usage : undefined,
  };
  switch (behaviour.type) {
    case "json":
      return capped(
        { channel: "content", text: JSON.stringify(behaviour.body) ?? "", finishReason: "stop", ...pacing },
        body,
      );
    case "text":
      return capped({ channel: "content", text: behaviour.content, finishReason: "stop", ...pacing }, body);
    case "refusal":
      return { channel: "refusal", text: behaviour.text, finishReason: "stop", ...pacing };
    case "length":
      return { channel: "content", text: behaviour.partial, finishReason: "length", ...pacing };
    case "empty":
      return { channel: "content", text: "", finishReason: "stop", ...pacing };
    case "stall":
    case "drop": {
      const text = Array.from(behaviour.content ?? defaultPartialContent)
        .slice(0, behaviour.afterChars ?? defaultChunkChars)
        .join("");
      return { channel: "content", text, finishReason: "stop", ...pacing };
    }
    case "status":
      return null;
  }
}

function capped(answer: Answer, body: ChatRequestBody | null): Answer {
  const limit = body?.max_completion_tokens ?? body?.max_tokens;
  if (typeof limit !== "number" || estimateTokens(answer.text) <= limit) return answer;
  const text = tokenPieces(answer.text).slice(0, Math.max(0, limit)).join("");
  return { ...answer, text, finishReason: "length" };
}

/** `text` cut into pieces of `size` tokens as the fake counts them (wire-format.ts tokenPieces). */
export function splitTokens(text: string, size: number): string[] {
  const tokens = tokenPieces(text);
  const pieces: string[] = [];
  for (let i = 0; i < tokens.length; i += size) pieces.push(tokens.slice(i, i + size).join(""));
  return pieces;
}

/** `text` cut into pieces of `size` code points (never splitting a surrogate pair). */
export function splitText(text: string, size: number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(""));
  return pieces;
}

/**
 * Writes `pieces` to `res` one by one: the first at once, each next one `delayMs` later, then
 * (on a later tick) calls `done`. Returns a cancel function that clears the pending timer — call
 * it when the response closes, so a client that goes away leaves no timer behind.
 */
export function writePaced(res: ServerResponse, pieces: string[], delayMs: number, done: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  let next = 0;
  const step = () => {
    timer = undefined;
    if (cancelled || res.destroyed) return;
    const piece = pieces[next++];
    if (piece === undefined) {
      done();
      return;
    }
    res.write(piece);
    timer = setTimeout(step, next < pieces.length ? delayMs : 0);
  };
  step();
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
}

/** How a response ends: properly (`finish`), never (`stall`), or with a destroyed socket (`drop`). */
export type Ending = "finish" | "stall" | "drop";

/**
 * Streams `answer` as OpenAI does: `text/event-stream` of `data: {chunk}` events — the role
 * chunk, one chunk per piece of content (or refusal), the chunk with `finish_reason`, the usage
 * chunk (`choices: []`) when `stream_options.include_usage` was asked, then `data: [DONE]`.
 * `stall` and `drop` stop after the content pieces.
 */
export function sendStream(ctx: ResponseContext, answer: Answer, ending: Ending): void {
  const { res, body, meta } = ctx;
  const includeUsage = body.stream_options?.include_usage === true;
  const first = answer.channel === "content" ? { role: "assistant", content: "" } : { role: "assistant", refusal: "" };
  const events = [sseData(chunkObject(meta, first, null, includeUsage))];
  const pieces = answer.chunkTokens
    ? splitTokens(answer.text, answer.chunkTokens)
    : splitText(answer.text, answer.chunkChars);
  for (const piece of pieces) {
    events.push(sseData(chunkObject(meta, { [answer.channel]: piece }, null, includeUsage)));
  }
  if (ending === "finish") {
    events.push(sseData(chunkObject(meta, {}, answer.finishReason, includeUsage)));
    if (includeUsage) events.push(sseData(usageChunk(meta, usageFor(body, answer.text, answer.usage))));
    events.push(sseData("[DONE]"));
  }
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    "x-request-id": `req_${meta.id}`,
  });
  res.flushHeaders();
  const cancel = writePaced(res, events, answer.chunkDelayMs, () => {
    if (ending === "finish") {
      ctx.onFinished?.();
      res.end();
    } else if (ending === "drop") res.destroy();
    // "stall": nothing more; the response stays open until the client (or close()) ends it.
  });
  ctx.onClose(cancel);
}

/**
 * Answers a non-streaming request with one `chat.completion` object. `drop` sends the headers and
 * the first characters of that body, then destroys the socket; `stall` sends nothing at all.
 */
export function sendCompletion(ctx: ResponseContext, answer: Answer, ending: Ending): void {
  const { res, body, meta } = ctx;
  if (ending === "stall") return;
  const output =
    answer.channel === "content" ? { content: answer.text, refusal: null } : { content: null, refusal: answer.text };
  const completion = completionObject(meta, output, answer.finishReason, usageFor(body, answer.text, answer.usage));
  const headers = { "x-request-id": `req_${meta.id}` };
  if (ending === "finish") {
    ctx.onFinished?.();
    sendJson(res, 200, completion, headers);
    return;
  }
  const text = JSON.stringify(completion);
  res.writeHead(200, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  const partial = text.slice(0, Math.max(1, answer.text.length));
  ctx.onClose(writePaced(res, [partial], answer.chunkDelayMs, () => res.destroy()));
}

/** Carries out `behaviour` on one chat completion request, streaming or not as the request asked. */
export function playBehaviour(ctx: ResponseContext, behaviour: Behaviour): void {
  if (behaviour.type === "status") {
    sendError(ctx.res, behaviour.status, behaviour.message, behaviour.headers);
    return;
  }
  if (behaviour.type === "drop" && behaviour.afterChars === undefined) {
    ctx.res.destroy();
    return;
  }
  const answer = answerFor(behaviour, ctx.body);
  if (!answer) throw new Error(`fake-openai: behaviour ${behaviour.type} has no answer`);
  const ending: Ending = behaviour.type === "stall" ? "stall" : behaviour.type === "drop" ? "drop" : "finish";
  if (ctx.body.stream === true) sendStream(ctx, answer, ending);
  else sendCompletion(ctx, answer, ending);
}
