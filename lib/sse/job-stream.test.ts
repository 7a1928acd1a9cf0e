import { describe, expect, it } from "vitest";
import type { JobEvent } from "@/lib/events/schema";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { jobStreamResponse } from "@/lib/sse/job-stream";
import { openStreamCount } from "@/lib/sse/stream-lifetime";

const JOB = "job-1";

function event(id: number, type: "step.started" | "job.done"): JobEvent {
  const at = new Date(0).toISOString();
  return type === "job.done"
    ? { id, jobId: JOB, at, type, data: { status: "failed", error: { code: "x", message: "x" } } }
    : { id, jobId: JOB, at, type, data: { step: "ocr" } };
}

/** A log holding `stored`, answering reads after an id as the real one does. */
function logOf(stored: JobEvent[]): EventLog {
  return { read: async (_jobId: string, after = 0) => stored.filter((e) => e.id > after) } as unknown as EventLog;
}

/** Reads the whole body, or gives up after `ms` (a stream that never ends). */
async function readAll(response: Response, ms: number): Promise<{ text: string; ended: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
    ]);
    if (chunk === null) break;
    if (chunk.done) return { text, ended: true };
    text += decoder.decode(chunk.value);
  }
  await reader.cancel();
  return { text, ended: false };
}

describe("jobStreamResponse", () => {
  it("replays after the id, then follows, and closes after job.done", async () => {
    const bus = new LocalEventBus();
    const response = jobStreamResponse({
      jobId: JOB,
      afterSeq: 1,
      log: logOf([event(1, "step.started"), event(2, "step.started")]),
      bus,
      signal: new AbortController().signal,
      heartbeatMs: 50,
      retryMs: 1000,
    });
    setTimeout(() => bus.publish(event(3, "job.done")), 20);
    const { text, ended } = await readAll(response, 2000);
    expect(ended).toBe(true);
    expect([...text.matchAll(/^id: (\d+)$/gm)].map((match) => match[1])).toEqual(["2", "3"]);
    expect(openStreamCount()).toBe(0);
  });

  it("closes at job.done even when the client claims to have seen it already", async () => {
    const bus = new LocalEventBus();
    const response = jobStreamResponse({
      jobId: JOB,
      afterSeq: 1000,
      log: logOf([event(1, "step.started")]),
      bus,
      signal: new AbortController().signal,
      heartbeatMs: 50,
      retryMs: 1000,
    });
    setTimeout(() => bus.publish(event(2, "job.done")), 20);
    const { ended } = await readAll(response, 1000);
    expect(ended).toBe(true);
    expect(bus.listenerCount(JOB)).toBe(0);
    expect(openStreamCount()).toBe(0);
  });
});
