import { Worker } from "node:worker_threads";

/** What a thread's script answers: always the id of the request it is about. */
export interface ThreadReply {
  id: number;
}

/**
 * The bookkeeping of one worker thread that serves requests by id (the pixel thread, the rules
 * thread): started on first use, holding the process open only while a request is in flight,
 * each reply handed to the owner with the request it answers. What a reply or the thread's
 * death means is the owner's: the rules run again in the calling thread, the pixel passes fail.
 */
export class TaskThread<Request, Reply extends ThreadReply> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Request>();
  private nextId = 1;

  constructor(
    private readonly options: {
      script: string;
      /** Named in the log when the thread fails. */
      name: string;
      onReply: (reply: Reply, request: Request) => void;
      /** The current thread ended: the requests it still held, to settle some other way. */
      onExit: (requests: Request[]) => void;
    },
  ) {}

  /** The worker thread's id, 0 before it started (for tests). */
  get threadId(): number {
    return this.worker?.threadId ?? 0;
  }

  /** Starts the thread if it is not running (warm-up, or the first request). */
  start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.script);
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const request = this.pending.get(reply.id);
      if (request !== undefined) this.options.onReply(reply, request);
    });
    worker.on("error", (error) => {
      console.error(`[sukusho] the ${this.options.name} failed:`, error);
    });
    worker.on("exit", () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.options.onExit(this.drain());
    });
    this.worker = worker;
    return worker;
  }

  /** Posts `{id, ...message}` and keeps `request` until its final reply is settled. */
  send(message: object, request: Request): void {
    const worker = this.start();
    const id = this.nextId++;
    if (this.pending.size === 0) worker.ref();
    this.pending.set(id, request);
    worker.postMessage({ id, ...message });
  }

  /** The request's final reply came: it no longer holds the process open. */
  settle(id: number): void {
    if (!this.pending.delete(id)) return;
    if (this.pending.size === 0) this.worker?.unref();
  }

  /** Stops the thread; the requests it still held go to `settleLeft` first. */
  async close(settleLeft: (requests: Request[]) => void): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    settleLeft(this.drain());
    await worker?.terminate();
  }

  private drain(): Request[] {
    const all = [...this.pending.values()];
    this.pending.clear();
    return all;
  }
}
