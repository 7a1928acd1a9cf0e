import type { Usage } from "./types";

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
