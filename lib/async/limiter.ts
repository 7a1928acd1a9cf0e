/**
 * A first-in, first-out concurrency limit. At most `limit` tasks run at once; the rest wait
 * in order and are told their place in line whenever it changes (the queue position events).
 * A task that throws releases its slot like one that succeeds.
 */

interface Waiter {
  start: () => void;
  onPosition?: (position: number, running: number) => void;
}

export interface RunOptions {
  /** Called with 1 for "next", and again whenever the position changes while waiting. */
  onPosition?: (position: number, running: number) => void;
}

export class Limiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly name: string,
    readonly limit: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`${name}: limit must be ≥ 1`);
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    await this.acquire(options);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(options: RunOptions): Promise<void> {
    if (this.running < this.limit && this.waiting.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.waiting.push({ start: resolve, onPosition: options.onPosition });
      options.onPosition?.(this.waiting.length, this.running);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    // The slot passes straight to the next waiter: `running` stays the same.
    next.start();
    for (const [index, waiter] of this.waiting.entries()) waiter.onPosition?.(index + 1, this.running);
  }
}
