/**
 * Browsers allow about six HTTP/1.1 connections per origin, and an EventSource holds one for
 * as long as its job runs. With many jobs at once the streams would starve the image and API
 * requests (and each other), so at most `limit` streams are open; the others wait their turn.
 * The lowest `priority` (the oldest job: the one the server runs first) is served first.
 */
export class StreamSlots {
  private active = 0;
  private readonly waiting: { priority: number; grant: () => void }[] = [];
  private scheduled = false;

  constructor(private readonly limit: number) {}

  /**
   * Asks for a slot; `onGranted` runs once one is free. Requests made in the same tick are
   * granted together by priority, so cards mounting in any order still favour the oldest job.
   * Returns a release function: call it when the stream closes (or the request is no longer
   * wanted). Calling it more than once is harmless.
   */
  acquire(priority: number, onGranted: () => void): () => void {
    let state: "waiting" | "active" | "released" = "waiting";
    const entry = {
      priority,
      grant: () => {
        state = "active";
        this.active++;
        onGranted();
      },
    };
    this.waiting.push(entry);
    this.schedule();
    return () => {
      if (state === "active") {
        this.active--;
        this.schedule();
      } else if (state === "waiting") {
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
      }
      state = "released";
    };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.waiting.sort((a, b) => a.priority - b.priority);
      while (this.active < this.limit) {
        const next = this.waiting.shift();
        if (!next) break;
        next.grant();
      }
    });
  }
}

/** The page's one pool of stream connections (leaves room for images and API calls). */
export const streamSlots = new StreamSlots(4);
