import OpenAI from "openai";
import type { FakeOpenAI } from "@/e2e/support/fake-openai";
import { Limiter } from "@/lib/async/limiter";
import type { Extractor } from "@/lib/extract/extractor";
import type { ResponseFormatMode } from "@/lib/extract/llm/ask-model";
import { createLlmExtractor } from "@/lib/extract/llm/llm-extractor";

export interface TestLlmOptions {
  vision?: boolean;
  chunkLines?: number;
  maxCalls?: number;
  mode?: ResponseFormatMode;
}

/**
 * The real LLM extractor and SDK pointed at the tests' fake endpoint: short timeouts, no
 * retries, four calls at once, an unlimited token budget.
 */
export function testLlmExtractor(fake: FakeOpenAI, options: TestLlmOptions & { chunkLines: number }): Extractor {
  return createLlmExtractor({
    client: new OpenAI({ apiKey: fake.apiKey, baseURL: fake.url, maxRetries: 0 }),
    model: "gpt-4o-mini",
    vision: options.vision ?? false,
    limiter: new Limiter("llm-test", 4),
    timeoutMs: 5_000,
    idleTimeoutMs: 2_000,
    maxRetries: 0,
    maxCallsPerJob: options.maxCalls ?? 12,
    maxTokensPerJob: 1_000_000,
    maxOutputTokens: 4_096,
    chunkLines: options.chunkLines,
    responseFormat: options.mode,
  });
}
