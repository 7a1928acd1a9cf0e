import type { NewJobEvent, Problem, StepName } from "@/lib/events/schema";
import type { ExtractProgress } from "@/lib/extract/extractor";
import type { EventLog } from "@/lib/jobs/event-log";
import type { JobStore } from "@/lib/jobs/job-store";

/** Progress events closer together than this are merged: the bar still moves smoothly. */
export const PROGRESS_INTERVAL_MS = 200;

/**
 * How a running job tells the world what it does: each call updates the step's row and
 * appends the matching event. Steps report through this and never touch a response.
 */
export class JobReporter {
  private readonly startedAt = new Map<StepName, number>();
  private readonly lastProgress = new Map<StepName, number>();
  private readonly lastPartial = new Map<string, number>();

  constructor(
    readonly jobId: string,
    private readonly store: JobStore,
    private readonly log: EventLog,
  ) {}

  emit(event: NewJobEvent): Promise<unknown> {
    return this.log.append(this.jobId, event);
  }

  async stepStarted(step: StepName): Promise<void> {
    this.startedAt.set(step, performance.now());
    await this.store.setStep(this.jobId, step, "running");
    await this.emit({ type: "step.started", data: { step } });
  }

  /** Throttled: most calls return without writing anything. */
  stepProgress(step: StepName, progress: number, message?: string): void {
    const now = performance.now();
    if (now - (this.lastProgress.get(step) ?? 0) < PROGRESS_INTERVAL_MS && progress < 1) return;
    this.lastProgress.set(step, now);
    const clamped = Math.min(1, Math.max(0, Math.round(progress * 1000) / 1000));
    this.emitQuietly({ type: "step.progress", data: { step, progress: clamped, message } });
  }

  /** Turns an extractor's progress into events: progress and partial text throttled, retries all. */
  extractProgress(progress: ExtractProgress): void {
    if (progress.kind === "progress") {
      this.stepProgress("extract", progress.progress, progress.message);
      return;
    }
    if (progress.kind === "partial") {
      const key = `partial:${progress.chunk}`;
      const now = performance.now();
      if (!progress.final && now - (this.lastPartial.get(key) ?? 0) < PROGRESS_INTERVAL_MS) return;
      this.lastPartial.set(key, now);
      this.emitQuietly({
        type: "extract.partial",
        data: { text: progress.text, chunk: progress.chunk, chunks: progress.chunks },
      });
      return;
    }
    const { kind: _kind, ...retry } = progress;
    this.emitQuietly({ type: "extract.retry", data: retry });
  }

  /** For events whose loss must not stop the job (progress); the failure is logged. */
  emitQuietly(event: NewJobEvent): void {
    void this.emit(event).catch((error) => console.error(`[sukusho] ${event.type} event lost:`, error));
  }

  async stepCompleted(step: StepName, summary?: string): Promise<void> {
    const { durationMs } = await this.store.setStep(this.jobId, step, "succeeded", { summary });
    await this.emit({ type: "step.completed", data: { step, durationMs: this.elapsed(step, durationMs), summary } });
  }

  async stepFailed(step: StepName, error: Problem): Promise<void> {
    const { durationMs } = await this.store.setStep(this.jobId, step, "failed", { error });
    await this.emit({ type: "step.failed", data: { step, durationMs: this.elapsed(step, durationMs), error } });
  }

  /** The precise in-process clock when this reporter saw the start, else the stored start. */
  private elapsed(step: StepName, stored: number | null): number {
    const started = this.startedAt.get(step);
    const ms = started === undefined ? (stored ?? 0) : performance.now() - started;
    return Math.max(0, Math.round(ms));
  }
}
