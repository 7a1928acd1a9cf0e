import type OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import sharp from "sharp";
import type { z } from "zod";
import type { Limiter } from "@/lib/async/limiter";
import { AppError } from "@/lib/errors";
import type { ExtractInput, Extractor } from "@/lib/extract/extractor";
import {
  type CustomAnswer,
  customAnswerSchema,
  receiptAnswerSchema,
  type TransactionListAnswer,
  transactionListAnswerSchema,
} from "@/lib/extract/llm/answer-schemas";
import { CallBudget, estimateTokens } from "@/lib/extract/llm/budget";
import { chunkLines } from "@/lib/extract/llm/chunk-lines";
import { layoutText } from "@/lib/extract/llm/layout-text";
import { callModel } from "@/lib/extract/llm/model-call";
import { buildMessages, type PromptInput } from "@/lib/extract/llm/prompt";
import { customFromAnswer, listFromAnswers, receiptFromAnswer } from "@/lib/extract/llm/to-document";
import { DEFAULT_RETRY_POLICY, withRetries } from "@/lib/extract/llm/with-retries";
import { detectDocumentKind } from "@/lib/extract/local/local-extractor";
import type { ExtractedDocument } from "@/lib/extract/schema";

/**
 * The LLM extractor: the screenshot's OCR text (and, when allowed, the image) to an
 * OpenAI-compatible model with a strict JSON schema, streamed, retried, limited and validated.
 * Long lists are cut into chunks extracted in parallel and merged in order.
 */

export interface LlmExtractorOptions {
  client: OpenAI;
  model: string;
  /** Whether the model accepts images. */
  vision: boolean;
  /** Model calls at once, across all jobs. */
  limiter: Limiter;
  timeoutMs: number;
  idleTimeoutMs: number;
  maxRetries: number;
  maxCallsPerJob: number;
  maxTokensPerJob: number;
  maxOutputTokens: number;
  chunkLines: number;
  /** Overrides for tests. */
  retryDelays?: Partial<typeof DEFAULT_RETRY_POLICY>;
}

/** The longest side of an image sent to the model; larger screenshots are scaled down. */
const MAX_IMAGE_SIDE = 2048;

export function createLlmExtractor(options: LlmExtractorOptions): Extractor {
  return {
    name: "llm",
    model: options.model,
    extract: (input) => extractWithModel(options, input),
  };
}

async function extractWithModel(options: LlmExtractorOptions, input: ExtractInput): Promise<ExtractedDocument> {
  const kind = input.customFields ? "custom" : (input.kind ?? detectDocumentKind(input.ocr));
  const schema =
    kind === "custom"
      ? customAnswerSchema(input.customFields ?? [])
      : kind === "receipt"
        ? receiptAnswerSchema
        : transactionListAnswerSchema;
  const chunks =
    kind === "transaction_list"
      ? chunkLines(input.ocr.lines, options.chunkLines)
      : [{ lines: input.ocr.lines, context: [] }];
  // The image helps a single request; repeated for every chunk of a long list it would mostly cost.
  const imageDataUrl = input.image && options.vision && chunks.length === 1 ? await toDataUrl(input.image) : undefined;
  const budget = new CallBudget(options.maxCallsPerJob, options.maxTokensPerJob);
  // One failing chunk stops the others: their answers could not be used.
  const stopAll = new AbortController();
  const signal = AbortSignal.any([input.signal, stopAll.signal]);
  let done = 0;
  input.onProgress({
    kind: "progress",
    progress: 0.02,
    message:
      chunks.length > 1 ? `Asking ${options.model} (${chunks.length} parts in parallel)…` : `Asking ${options.model}…`,
  });

  const answers = await Promise.all(
    chunks.map(async (chunk, index) => {
      const prompt: PromptInput = {
        kind,
        text: layoutText(chunk.lines),
        context: chunk.context.length > 0 ? layoutText(chunk.context) : undefined,
        customFields: input.customFields,
        imageDataUrl,
        chunk: chunks.length > 1 ? { index, count: chunks.length } : undefined,
      };
      try {
        const answer = await askOnce(options, { prompt, schema, budget, signal, index, chunks: chunks.length, input });
        done++;
        input.onProgress({
          kind: "progress",
          progress: done / chunks.length,
          message: chunks.length > 1 ? `Part ${done} of ${chunks.length} read` : "Answer received",
        });
        return answer;
      } catch (error) {
        stopAll.abort(error);
        throw error;
      }
    }),
  );

  if (kind === "custom") return customFromAnswer(input.customFields ?? [], answers[0] as CustomAnswer);
  if (kind === "receipt") return receiptFromAnswer(receiptAnswerSchema.parse(answers[0]));
  return listFromAnswers(answers as TransactionListAnswer[]);
}

async function askOnce(
  options: LlmExtractorOptions,
  call: {
    prompt: PromptInput;
    schema: z.ZodType;
    budget: CallBudget;
    signal: AbortSignal;
    index: number;
    chunks: number;
    input: ExtractInput;
  },
): Promise<unknown> {
  const messages = buildMessages(call.prompt);
  const responseFormat = zodResponseFormat(call.schema, call.prompt.kind);
  const answer = await withRetries(
    () =>
      options.limiter.run(async () => {
        call.budget.spendCall();
        const result = await callModel({
          client: options.client,
          model: options.model,
          messages,
          responseFormat,
          maxOutputTokens: options.maxOutputTokens,
          timeoutMs: options.timeoutMs,
          idleTimeoutMs: options.idleTimeoutMs,
          signal: call.signal,
          onText: (text) => call.input.onProgress({ kind: "partial", text, chunk: call.index, chunks: call.chunks }),
        });
        call.budget.spendTokens(result.totalTokens ?? estimateTokens(JSON.stringify(messages) + result.text));
        return result;
      }),
    {
      policy: { ...DEFAULT_RETRY_POLICY, ...options.retryDelays, maxAttempts: options.maxRetries + 1 },
      signal: call.signal,
      onRetry: (notice) => call.input.onProgress({ kind: "retry", ...notice, chunk: call.index, chunks: call.chunks }),
    },
  );
  // The last tokens may have fallen between two throttled partials: show the whole answer.
  call.input.onProgress({ kind: "partial", text: answer.text, chunk: call.index, chunks: call.chunks, final: true });
  return parseAnswer(answer.text, call.schema);
}

/** The answer must be JSON and fit the schema; anything else is a failure, never a guess. */
export function parseAnswer(text: string, schema: z.ZodType): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("llm_invalid_json", "The model's answer is not valid JSON, so it was not used.", 422);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new AppError(
      "llm_invalid_answer",
      `The model's answer does not fit the expected fields${where}: ${issue?.message ?? "invalid"}. It was not used.`,
      422,
    );
  }
  return parsed.data;
}

async function toDataUrl(png: Buffer): Promise<string> {
  const resized = await sharp(png)
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true })
    .png()
    .toBuffer();
  return `data:image/png;base64,${resized.toString("base64")}`;
}
