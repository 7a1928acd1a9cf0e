import { withTimeout } from "@/lib/async/with-timeout";
import { AppError, hasBrand, toProblem } from "@/lib/errors";
import type { StepName } from "@/lib/events/schema";
import type { JobReporter } from "@/lib/pipeline/job-reporter";

/** A step failed; the job fails with the step's problem. Carries which step it was. */
const STEP_FAILURE = Symbol.for("sukusho.StepFailure");

export class StepFailure extends Error {
  readonly [STEP_FAILURE] = true;

  /** By brand: see `hasBrand` in lib/errors.ts. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, STEP_FAILURE);
  }

  constructor(
    readonly step: StepName,
    readonly problem: { code: string; message: string },
  ) {
    super(problem.message);
    this.name = "StepFailure";
  }
}

export interface StepOptions<T> {
  reporter: JobReporter;
  step: StepName;
  timeoutMs: number;
  /** Aborted when the step times out, so work that can stop early does. */
  work: (signal: AbortSignal) => Promise<T>;
  summarise?: (value: T) => string;
}

/**
 * Runs one step with its timeout: started, then completed or failed. Whatever the work throws,
 * the step ends with a reason a person can read, and a StepFailure goes up to the job.
 */
export async function runStep<T>(options: StepOptions<T>): Promise<T> {
  const { reporter, step } = options;
  await reporter.stepStarted(step);
  const controller = new AbortController();
  try {
    const value = await withTimeout(options.work(controller.signal), options.timeoutMs, () => {
      controller.abort();
      return new AppError(
        `${step}_timeout`,
        `The ${stepLabel(step)} step took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.`,
        504,
      );
    });
    await reporter.stepCompleted(step, options.summarise?.(value));
    return value;
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`[sukusho] ${step} failed for ${reporter.jobId}:`, error);
    const problem = toProblem(error);
    await reporter.stepFailed(step, problem);
    throw new StepFailure(step, problem);
  }
}

export function stepLabel(step: StepName): string {
  return { check: "check", queue: "queue", ocr: "text reading", extract: "extraction", verify: "verification" }[step];
}
