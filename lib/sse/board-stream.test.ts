import { describe, expect, it } from "vitest";
import type { JobEvent } from "@/lib/events/schema";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { parseBoardCursor } from "@/lib/sse/board-cursor";
import { type BoardStreamOptions, boardStreamResponse } from "@/lib/sse/board-stream";
import { SseParser } from "@/lib/sse/parse";
import { openStreamCount } from "@/lib/sse/stream-lifetime";

const at = new Date(0).toISOString();
const started = (jobId: string, id: number): JobEvent => ({
  id,
  jobId,
  at,
  type: "step.started",
  data: { step: "ocr" },
});
const done = (jobId: string, id: number): JobEvent => ({
  id,
  jobId,
  at,
  type: "job.done",
  data: { status: "failed", error: { code: "x", message: "x" } },
});

/** A log and a bus as the app has them: an event is stored, then announced. */
function world(stored: Record<string, JobEvent[]>) {
  const bus = new LocalEventBus();
  const log = {
    read: async (jobId: string, after = 0) => (stored[jobId] ?? []).filter((event) => event.id > after),
  } as unknown as EventLog;
  const append = (event: JobEvent) => {
    stored[event.jobId] = [...(stored[event.jobId] ?? []), event];
    bus.publish(event);
  };
  const finished = (jobId: string) => (stored[jobId] ?? []).some((event) => event.type === "job.done");
  return { bus, log, append, finished };
}

type Received = { id: string; type: string; jobId: string; seq: number };

/** Reads the stream's events until `until` says enough (or `ms` pass), then leaves. */
async function readEvents(
  response: Response,
  until: (events: Received[]) => boolean,
  ms = 2000,
): Promise<{ events: Received[]; ended: boolean }> {
  const events: Received[] = [];
  const parser = new SseParser({
    onEvent: (event) => {
      const data = JSON.parse(event.data);
      events.push({ id: event.id ?? "", type: event.event ?? "", jobId: data.jobId, seq: data.seq });
    },
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !until(events)) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))),
    ]);
    if (chunk === null) break;
    if (chunk.done) return { events, ended: true };
    parser.feed(chunk.value);
  }
  await reader.cancel();
  return { events, ended: false };
}

function options(
  w: ReturnType<typeof world>,
  more: Partial<BoardStreamOptions> & Pick<BoardStreamOptions, "boardJobs">,
) {
  return {
    chosen: null,
    cursor: null,
    now: 1_000_000,
    canSee: async (jobId: string) => !jobId.startsWith("foreign"),
    isFinished: async (jobId: string) => w.finished(jobId),
    log: w.log,
    bus: w.bus,
    signal: new AbortController().signal,
    heartbeatMs: 10_000,
    retryMs: 1000,
    ...more,
  } satisfies BoardStreamOptions & { signal: AbortSignal };
}

const seen = (events: Received[]) => events.map((event) => `${event.jobId}:${event.seq}`);

describe("boardStreamResponse", () => {
  it("replays the board's jobs, takes a job created while it is open, and ignores another user's", async () => {
    const w = world({ a: [started("a", 1), started("a", 2)], b: [started("b", 1)] });
    const response = boardStreamResponse(options(w, { boardJobs: async () => ["a", "b"] }));
    setTimeout(() => {
      w.append(started("foreign-1", 1));
      w.append(started("c", 1));
      w.append(started("a", 3));
      w.append(done("c", 2));
    }, 50);
    const { events } = await readEvents(response, (events) => events.length >= 6);
    expect(seen(events).sort()).toEqual(["a:1", "a:2", "a:3", "b:1", "c:1", "c:2"]);
    // Each job's events in order; the id of the last event holds every job's position.
    expect(seen(events).filter((key) => key.startsWith("c"))).toEqual(["c:1", "c:2"]);
    const cursor = parseBoardCursor(events.at(-1)?.id ?? null);
    expect(Object.fromEntries(cursor?.positions ?? [])).toEqual({ a: 3, b: 1, c: 2 });
    expect(w.bus.listenerCount("a")).toBe(0);
  });

  it("resumes every job after its position: no gap, no repeat, a job new since then in full", async () => {
    const w = world({
      a: [started("a", 1), started("a", 2), started("a", 3)],
      b: [started("b", 1), done("b", 2)],
      d: [started("d", 1), done("d", 2)],
    });
    const cursor = {
      since: 999_000,
      positions: new Map([
        ["a", 2],
        ["b", 2],
      ]),
    };
    const response = boardStreamResponse(
      // `d` was created and finished while the client was away: the board still has it.
      options(w, { cursor, boardJobs: async () => ["a", "d"] }),
    );
    const { events } = await readEvents(response, (events) => events.length >= 3, 500);
    expect(seen(events).sort()).toEqual(["a:3", "d:1", "d:2"]);
  });

  it("follows a chosen set and ends when every job in it has finished", async () => {
    const w = world({ a: [started("a", 1)], b: [started("b", 1), done("b", 2)] });
    const response = boardStreamResponse(options(w, { chosen: ["a", "b"], boardJobs: async () => [] }));
    setTimeout(() => w.append(done("a", 2)), 30);
    const { events, ended } = await readEvents(response, () => false);
    expect(ended).toBe(true);
    expect(seen(events).sort()).toEqual(["a:1", "a:2", "b:1", "b:2"]);
    expect(openStreamCount()).toBe(0);
  });

  it("ends a chosen set at once when the client already had every end", async () => {
    const w = world({ b: [started("b", 1), done("b", 2)] });
    const cursor = { since: 0, positions: new Map([["b", 2]]) };
    const response = boardStreamResponse(options(w, { chosen: ["b"], cursor, boardJobs: async () => [] }));
    const { events, ended } = await readEvents(response, () => false);
    expect(ended).toBe(true);
    expect(events).toEqual([]);
  });
});
