import OpenAI from "openai";
import { AppError } from "@/lib/errors";
import { RetryableError } from "@/lib/extract/llm/retryable-error";

/**
 * One streamed chat completion. Returns the whole answer text, or throws: a RetryableError
 * for what a second try may fix (rate limits, 5xx, timeouts, a stalled or dropped stream), an
 * AppError with a reason a person can read for what it will not (a refusal, a cut-off answer,
 * a rejected key). The model is given no tools.
 */

export interface ModelCallOptions {
  client: OpenAI;
  model: string;
  messages: OpenAI.Chat.ChatCompletionMessageParam[];
  /** A strict JSON schema, JSON mode, or nothing (the schema is then described in the prompt). */
  responseFormat?: OpenAI.ResponseFormatJSONSchema | OpenAI.ResponseFormatJSONObject;
  maxOutputTokens: number;
  /** The whole call, first byte to last token. */
  timeoutMs: number;
  /** No chunk for this long means the stream stalled. */
  idleTimeoutMs: number;
  /** The step's signal: aborting it ends the call for good (no retry). */
  signal: AbortSignal;
  /** The answer so far, after every chunk. */
  onText: (text: string) => void;
}

export interface ModelAnswer {
  text: string;
  /** Tokens the endpoint reported, or null when it reports none. */
  totalTokens: number | null;
}

export async function callModel(options: ModelCallOptions): Promise<ModelAnswer> {
  const idle = new AbortController();
  const overall = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, overall, idle.signal]);
  let idleTimer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  };
  let text = "";
  let refusal = "";
  let finishReason: string | null = null;
  let totalTokens: number | null = null;
  try {
    const stream = await options.client.chat.completions.create(
      {
        model: options.model,
        messages: options.messages,
        ...(options.responseFormat ? { response_format: options.responseFormat } : {}),
        max_tokens: options.maxOutputTokens,
        temperature: 0,
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal, maxRetries: 0, timeout: options.timeoutMs },
    );
    for await (const chunk of stream) {
      touch();
      if (chunk.usage) totalTokens = chunk.usage.total_tokens;
      const choice = chunk.choices[0];
      if (!choice) continue;
      if (choice.delta?.content) {
        text += choice.delta.content;
        options.onText(text);
      }
      if (choice.delta?.refusal) refusal += choice.delta.refusal;
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
    // An aborted stream can end the loop without an error: say why it ended.
    if (signal.aborted) throw signal.reason ?? new Error("aborted");
  } catch (error) {
    throw classify(error, { options, idle: idle.signal, overall });
  } finally {
    clearTimeout(idleTimer);
  }
  return { text: checkAnswer({ text, refusal, finishReason, maxOutputTokens: options.maxOutputTokens }), totalTokens };
}

function checkAnswer(answer: { text: string; refusal: string; finishReason: string | null; maxOutputTokens: number }) {
  if (answer.refusal) {
    throw new AppError(
      "llm_refused",
      `The model refused to read this screenshot: “${answer.refusal.slice(0, 300)}”`,
      422,
    );
  }
  if (answer.finishReason === "length") {
    throw new AppError(
      "llm_truncated",
      `The model's answer was cut off at its ${answer.maxOutputTokens}-token limit, so it is incomplete and was not used.`,
      422,
    );
  }
  if (answer.finishReason === "content_filter") {
    throw new AppError("llm_filtered", "The model's content filter stopped the answer.", 422);
  }
  if (answer.text.trim() === "") throw new AppError("llm_empty", "The model returned an empty answer.", 422);
  if (answer.finishReason === null) {
    throw new RetryableError("The model's answer ended before it was complete.");
  }
  return answer.text;
}

/** Sorts a failure into retry-worthy or final, with a reason a person understands. */
function classify(
  error: unknown,
  context: { options: ModelCallOptions; idle: AbortSignal; overall: AbortSignal },
): Error {
  if (context.options.signal.aborted) return context.options.signal.reason ?? error;
  if (context.idle.aborted) {
    return new RetryableError(
      `The model stopped sending for ${Math.round(context.options.idleTimeoutMs / 1000)} s (a stalled stream).`,
    );
  }
  if (context.overall.aborted || error instanceof OpenAI.APIConnectionTimeoutError) {
    return new RetryableError(`The model took longer than ${Math.round(context.options.timeoutMs / 1000)} s.`);
  }
  if (error instanceof OpenAI.APIConnectionError || isDroppedStream(error)) {
    return new RetryableError("The connection to the model endpoint was lost or refused.");
  }
  if (error instanceof OpenAI.APIError && error.status !== undefined) return classifyStatus(error, context.options);
  return error instanceof Error ? error : new Error(String(error));
}

function classifyStatus(error: InstanceType<typeof OpenAI.APIError>, options: ModelCallOptions): Error {
  const status = error.status ?? 0;
  if (status === 408 || status === 409 || status === 429 || status >= 500) {
    const reason =
      status === 429
        ? "The model endpoint is rate limiting us (429)."
        : status >= 500
          ? `The model endpoint had an error (${status}).`
          : `The model endpoint asked us to try again (${status}).`;
    return new RetryableError(reason, status, retryAfterMs(error.headers));
  }
  if (status === 401 || status === 403) {
    return new AppError("llm_auth", "The model endpoint rejected the API key (check OPENAI_API_KEY).", 502);
  }
  if (status === 404) {
    return new AppError(
      "llm_model_not_found",
      `The model endpoint does not know the model “${options.model}” (check LLM_MODEL and OPENAI_BASE_URL).`,
      502,
    );
  }
  return new AppError("llm_rejected", `The model endpoint refused the request (${status}): ${error.message}`, 502);
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date, in milliseconds. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0 && headers?.get("retry-after-ms")) return ms;
  const value = headers?.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** undici reports a connection cut mid-body as `TypeError: terminated` (cause UND_ERR_SOCKET). */
function isDroppedStream(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const cause = (error as TypeError & { cause?: { code?: string } }).cause;
  return error.message === "terminated" || cause?.code === "UND_ERR_SOCKET";
}
