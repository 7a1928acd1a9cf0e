import type OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import type { Limiter } from "@/lib/async/limiter";
import { AppError } from "@/lib/errors";
import type { ExtractProgress } from "@/lib/extract/extractor";
import { type CallBudget, estimateTokens } from "@/lib/extract/llm/budget";
import { parseLenientJson } from "@/lib/extract/llm/lenient-json";
import { dateOrderEvidence } from "@/lib/extract/llm/lenient-values";
import { callModel } from "@/lib/extract/llm/model-call";
import { type AnswerShape, isRecord, normaliseAnswer } from "@/lib/extract/llm/normalise-answer";
import { buildMessages, buildRepairMessages, type PromptInput } from "@/lib/extract/llm/prompt";
import { type AnswerPath, type ReplacedValue, salvageAnswer, valueAt } from "@/lib/extract/llm/salvage-answer";
import { DEFAULT_RETRY_POLICY, withRetries } from "@/lib/extract/llm/with-retries";
import type { CustomFieldSpec } from "@/lib/extract/schema";

/**
 * One question to the model, answered in a given shape: the call (streamed, retried, within the
 * job's budget), the answer parsed leniently, its values brought to the schema's forms, then
 * validated. An answer that does not fit gets one follow-up call listing what is wrong; if that
 * does not fit either, the values that fit are kept and the others replaced (salvage-answer.ts).
 */

/**
 * How the endpoint is asked for JSON: a strict JSON schema it enforces (OpenAI, vLLM, Ollama ≥
 * 0.5, llama.cpp, LM Studio), JSON mode (any JSON object; the schema is in the prompt), or plain
 * text (the schema is in the prompt, the JSON is found in whatever comes back).
 */
export type ResponseFormatMode = "json_schema" | "json_object" | "text";

/** The call settings of the extractor, shared by every question of a job. */
export interface AskSettings {
  client: OpenAI;
  model: string;
  limiter: Limiter;
  timeoutMs: number;
  idleTimeoutMs: number;
  maxRetries: number;
  maxOutputTokens: number;
  responseFormat: ResponseFormatMode;
  retryDelays?: Partial<typeof DEFAULT_RETRY_POLICY>;
}

/** One job's state that its questions share. */
export interface AskJob {
  /** The upload's day on the uploader's calendar (YYYY-MM-DD; docs/time-zones.md), for dates shown without a year. */
  capturedOn?: string;
  budget: CallBudget;
  signal: AbortSignal;
  onProgress: (progress: ExtractProgress) => void;
}

export interface Question<T> {
  shape: AnswerShape;
  schema: z.ZodType<T>;
  prompt: PromptInput;
  /** The OCR text the question is about: its dates tell how the document writes them. */
  ocrText: string;
  customFields?: CustomFieldSpec[];
  /** The local rules' value for a place in the answer, for a value the model got wrong. */
  localValue?: (path: AnswerPath, answer: unknown) => string | number | null | undefined;
  /** Which chunk of a long list, for the progress events. */
  chunk: number;
  chunks: number;
  /** No partial answers shown (the classification call: `{"kind": …}` is not a document to fill in). */
  quiet?: boolean;
}

export interface Answered<T> {
  answer: T;
  /** Values of the model's that were not used, and what took their place. */
  replaced: ReplacedValue[];
  /** Whether a follow-up call was made to correct the answer. */
  repaired: boolean;
}

type Reading<T> = { ok: true; answer: T } | { ok: false; error: AppError; problems: string[]; json?: unknown };

export async function askModel<T>(settings: AskSettings, job: AskJob, question: Question<T>): Promise<Answered<T>> {
  const schemaName = question.shape;
  const strict = settings.responseFormat === "json_schema";
  const messages = buildMessages({
    ...question.prompt,
    capturedOn: job.capturedOn,
    schemaInPrompt: strict ? undefined : { name: schemaName, schema: jsonSchemaOf(question.schema, schemaName) },
  });
  const responseFormat = strict
    ? zodResponseFormat(question.schema, schemaName)
    : settings.responseFormat === "json_object"
      ? ({ type: "json_object" } as const)
      : undefined;
  const ask = (conversation: OpenAI.Chat.ChatCompletionMessageParam[]) =>
    callWithRetries(settings, job, question, conversation, responseFormat);

  const firstText = await ask(messages);
  const first = read(firstText, question);
  if (first.ok) return { answer: first.answer, replaced: [], repaired: false };

  job.onProgress({ kind: "progress", progress: 0.5, message: "Asking the model to correct its answer…" });
  let second: Reading<T> | null = null;
  try {
    second = read(await ask(buildRepairMessages(messages, firstText, first.problems)), question);
  } catch (error) {
    // A stopped job stops here; a failed or unaffordable correction leaves the first answer to salvage.
    if (job.signal.aborted) throw error;
  }
  if (second?.ok) return { answer: second.answer, replaced: [], repaired: true };

  const json = second?.json ?? first.json;
  if (json === undefined) throw second?.error ?? first.error;
  const salvaged = salvageAnswer(json, {
    schema: question.schema,
    localValue: question.localValue ?? (() => undefined),
    requiredDefault: (path) => (path.at(-1) === "items" || path.at(-1) === "rows" ? [] : undefined),
  });
  return { answer: salvaged.answer, replaced: salvaged.replaced, repaired: true };
}

/** The answer text parsed, normalised and validated, or what is wrong with it. */
function read<T>(text: string, question: Question<T>): Reading<T> {
  let json: unknown;
  try {
    json = parseLenientJson(text);
  } catch (error) {
    return {
      ok: false,
      error: error as AppError,
      problems: ["the answer is not one valid JSON object (check brackets, quotes and commas)"],
    };
  }
  const normalised = normaliseAnswer(json, question.shape, {
    dateOrder: dateOrderEvidence(question.ocrText, currencyOf(normalisedCandidate(json))),
    customFields: question.customFields,
  });
  const parsed = question.schema.safeParse(normalised);
  if (parsed.success) return { ok: true, answer: parsed.data };
  const issues = parsed.error.issues;
  const problems = [
    ...new Set(
      issues.map((issue) => {
        const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
        const got = JSON.stringify(valueAt(normalised, path));
        return `${path.length > 0 ? path.join(".") : "(the whole answer)"}: ${issue.message}${got === undefined ? "" : ` (got ${got.slice(0, 80)})`}`;
      }),
    ),
  ];
  const issue = issues[0];
  const where = issue?.path.length ? ` at ${issue.path.map(String).join(".")}` : "";
  return {
    ok: false,
    json: normalised,
    problems,
    error: new AppError(
      "llm_invalid_answer",
      `The model's answer does not fit the expected fields${where}: ${issue?.message ?? "invalid"}. It was not used.`,
      422,
    ),
  };
}

function normalisedCandidate(json: unknown): unknown {
  return isRecord(json) && isRecord(json.document) ? json.document : json;
}

function currencyOf(json: unknown): unknown {
  return isRecord(json) ? json.currency : undefined;
}

/** The JSON schema the strict mode would send, for the prompt of the other modes. */
function jsonSchemaOf(schema: z.ZodType, name: string): unknown {
  const { $schema: _ignored, ...rest } = zodResponseFormat(schema, name).json_schema.schema as Record<string, unknown>;
  return rest;
}

async function callWithRetries<T>(
  settings: AskSettings,
  job: AskJob,
  question: Question<T>,
  messages: OpenAI.Chat.ChatCompletionMessageParam[],
  responseFormat: OpenAI.ResponseFormatJSONSchema | OpenAI.ResponseFormatJSONObject | undefined,
): Promise<string> {
  const { chunk, chunks } = question;
  const answer = await withRetries(
    () =>
      settings.limiter.run(async () => {
        job.budget.spendCall();
        const result = await callModel({
          client: settings.client,
          model: settings.model,
          messages,
          responseFormat,
          maxOutputTokens: settings.maxOutputTokens,
          timeoutMs: settings.timeoutMs,
          idleTimeoutMs: settings.idleTimeoutMs,
          signal: job.signal,
          onText: (text) => {
            if (!question.quiet)
              job.onProgress({ kind: "partial", text: shownText(text, question.shape), chunk, chunks });
          },
        });
        job.budget.spendTokens(result.totalTokens ?? estimateTokens(JSON.stringify(messages) + result.text));
        return result;
      }),
    {
      policy: { ...DEFAULT_RETRY_POLICY, ...settings.retryDelays, maxAttempts: settings.maxRetries + 1 },
      signal: job.signal,
      onRetry: (notice) => job.onProgress({ kind: "retry", ...notice, chunk, chunks }),
    },
  );
  // The last tokens may have fallen between two throttled partials: show the whole answer.
  if (!question.quiet) {
    job.onProgress({ kind: "partial", text: shownText(answer.text, question.shape, true), chunk, chunks, final: true });
  }
  return answer.text;
}

const DOCUMENT_WRAPPER = /^\s*\{\s*"document"\s*:\s*/;

/**
 * The growing answer as the page shows it: a `{document: {kind, …}}` answer without its wrapper,
 * so the page sees a document that names its kind, as it does for a kind given in advance.
 */
export function shownText(text: string, shape: AnswerShape, final = false): string {
  if (shape !== "document" || !DOCUMENT_WRAPPER.test(text)) return text;
  const inner = text.replace(DOCUMENT_WRAPPER, "");
  return final ? inner.replace(/\}\s*$/, "") : inner;
}
