/**
 * The LLM extractor as lib/services.ts builds it, pointed at a fake OpenAI-compatible endpoint:
 * the SDK's own retries off (ours retry), the app's call limiter, timeouts, budget and chunk size.
 * The benchmarks that measure the LLM path share it, so they measure the same pipeline.
 */
import OpenAI from "openai";
import type { FakeOpenAI } from "@/e2e/support/fake-openai";
import { Limiter } from "@/lib/async/limiter";
import { env } from "@/lib/env";
import type { Extractor } from "@/lib/extract/extractor";
import { createLlmExtractor } from "@/lib/extract/llm/llm-extractor";

export function benchLlmExtractor(
  fake: FakeOpenAI,
  chunkLines = env().LLM_CHUNK_LINES,
  {
    vision = false,
    responseFormat = env().LLM_RESPONSE_FORMAT,
  }: { vision?: boolean; responseFormat?: ReturnType<typeof env>["LLM_RESPONSE_FORMAT"] } = {},
): Extractor {
  const config = env();
  const client = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.url, maxRetries: 0, timeout: config.LLM_TIMEOUT_MS });
  return createLlmExtractor({
    client,
    model: config.LLM_MODEL,
    // The app sends the image only when the user allows it (and LLM_VISION is on); off, the
    // fake reads only the OCR text.
    vision,
    limiter: new Limiter("llm", config.LLM_CONCURRENCY),
    timeoutMs: config.LLM_TIMEOUT_MS,
    idleTimeoutMs: config.LLM_IDLE_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    maxCallsPerJob: config.LLM_MAX_CALLS_PER_JOB,
    maxTokensPerJob: config.LLM_MAX_TOKENS_PER_JOB,
    maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
    responseFormat,
    chunkLines,
  });
}
