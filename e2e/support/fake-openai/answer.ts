import type { FinishReason } from "./completion-chunks";
import type { Behaviour, ChatRequestBody, Usage } from "./types";
import { estimateTokens } from "./usage";

/** What a content-producing behaviour sends: which channel, the text, why it stops, how it is paced. */
export interface Answer {
  channel: "content" | "refusal";
  text: string;
  finishReason: FinishReason;
  chunkChars: number;
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
 * (at 4 characters a token), with `finish_reason: "length"`.
 */
export function answerFor(behaviour: Behaviour, body: ChatRequestBody | null): Answer | null {
  const pacing = {
    chunkChars: Math.max(
      1,
      "chunkChars" in behaviour ? (behaviour.chunkChars ?? defaultChunkChars) : defaultChunkChars,
    ),
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
  const text = Array.from(answer.text)
    .slice(0, Math.max(0, limit) * 4)
    .join("");
  return { ...answer, text, finishReason: "length" };
}
