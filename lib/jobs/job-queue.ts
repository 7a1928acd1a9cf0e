/**
 * Where jobs wait for a worker. Embedded mode keeps them in process (a FIFO limiter);
 * PostgreSQL mode puts them in a durable queue (pg-boss) that any worker process takes from.
 */
export interface JobQueue {
  /** Starts a new run of the job (the first, or again after an interruption). */
  enqueue(jobId: string, options?: { resumedReason?: string }): Promise<void>;
  /** Connects; with `workers`, this process also takes jobs and runs them. */
  start(options: { workers: boolean }): Promise<void>;
  stop(): Promise<void>;
}
