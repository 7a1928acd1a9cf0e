import { EventEmitter } from "node:events";
import type { JobEvent } from "@/lib/events/schema";

/**
 * Announces stored events to the streams following a job. The embedded mode keeps it in
 * process; a scaled-out mode implements the same interface over the database.
 */
export interface EventBus {
  publish(event: JobEvent): void;
  /** Returns the function that unsubscribes; calling it twice is harmless. */
  subscribe(jobId: string, listener: (event: JobEvent) => void): () => void;
  /** How many listeners follow a job (for tests and metrics). */
  listenerCount(jobId: string): number;
  /**
   * Hears that some job has a new event (its id only), for every job, from any process: how a
   * board stream learns of a job created after it opened (lib/sse/board-stream.ts).
   */
  watch(listener: (jobId: string) => void): () => void;
}

/** The local emitter's channel for "any job", which no job id can equal. */
export const ANY_JOB = Symbol("any job");

export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Thousands of open streams are expected; the default warning at 10 would be noise.
    this.emitter.setMaxListeners(0);
  }

  publish(event: JobEvent): void {
    this.emitter.emit(event.jobId, event);
    this.emitter.emit(ANY_JOB, event.jobId);
  }

  subscribe(jobId: string, listener: (event: JobEvent) => void): () => void {
    this.emitter.on(jobId, listener);
    return () => this.emitter.off(jobId, listener);
  }

  listenerCount(jobId: string): number {
    return this.emitter.listenerCount(jobId);
  }

  watch(listener: (jobId: string) => void): () => void {
    this.emitter.on(ANY_JOB, listener);
    return () => this.emitter.off(ANY_JOB, listener);
  }
}

const globalForBus = globalThis as unknown as { sukushoBus?: EventBus };

export function eventBus(): EventBus {
  globalForBus.sukushoBus ??= new LocalEventBus();
  return globalForBus.sukushoBus;
}
