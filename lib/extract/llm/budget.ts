import { AppError } from "@/lib/errors";

/**
 * A job's allowance of model calls and tokens. Checked before every call (retries included),
 * so a model that loops, or an endpoint that keeps failing, cannot run up a bill.
 */
export class CallBudget {
  private calls = 0;
  private tokens = 0;

  constructor(
    readonly maxCalls: number,
    readonly maxTokens: number,
  ) {}

  /** Counts a call about to be made; throws when the job has used its allowance. */
  spendCall(): void {
    if (this.calls >= this.maxCalls) {
      throw new AppError(
        "llm_budget_exceeded",
        `This job reached its limit of ${this.maxCalls} model calls (LLM_MAX_CALLS_PER_JOB).`,
        429,
      );
    }
    if (this.tokens >= this.maxTokens) {
      throw new AppError(
        "llm_budget_exceeded",
        `This job used its ${this.maxTokens.toLocaleString("en-US")} tokens (LLM_MAX_TOKENS_PER_JOB).`,
        429,
      );
    }
    this.calls++;
  }

  spendTokens(count: number): void {
    this.tokens += count;
  }

  get used(): { calls: number; tokens: number } {
    return { calls: this.calls, tokens: this.tokens };
  }
}

/** When an endpoint reports no usage: about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
