import { describe, expect, it, vi } from "vitest";
import type { JobEvent } from "@/lib/events/schema";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import { JobChannel, MAX_KEPT_EVENTS } from "@/lib/sse/job-channel";

const JOB = "job-1";
const at = new Date(0).toISOString();
const started = (id: number): JobEvent => ({ id, jobId: JOB, at, type: "step.started", data: { step: "ocr" } });
const done = (id: number): JobEvent => ({
  id,
  jobId: JOB,
  at,
  type: "job.done",
  data: { status: "failed", error: { code: "x", message: "x" } },
});
const ids = (events: JobEvent[]) => events.map((event) => event.id);

/** A read that answers when told to, so a test can publish while it is in flight. */
function heldRead(answer: JobEvent[]) {
  let release = () => {};
  const read = vi.fn(
    () =>
      new Promise<JobEvent[]>((resolve) => {
        release = () => resolve(answer.slice());
      }),
  );
  return { read, release: () => release() };
}

describe("JobChannel", () => {
  it("reads the log once, then answers later streams from memory, current with the bus", async () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    const read = vi.fn(async () => [started(1), started(2)]);
    expect(ids(await channel.events(read))).toEqual([1, 2]);
    bus.publish(started(3));
    expect(ids(await channel.events(read))).toEqual([1, 2, 3]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("keeps every event heard while the read was in flight, each id once (the seam)", async () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    // The read's snapshot took event 3 but not 4; the bus announced both while it ran.
    const { read, release } = heldRead([started(1), started(2), started(3)]);
    const first = channel.events(read);
    const second = channel.events(read);
    bus.publish(started(3));
    bus.publish(started(4));
    release();
    expect(ids(await first)).toEqual([1, 2, 3, 4]);
    expect(ids(await second)).toEqual([1, 2, 3, 4]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("puts an event announced late in its place", async () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    await channel.events(async () => [started(1), started(3)]);
    bus.publish(started(2));
    bus.publish(started(3));
    expect(ids(await channel.events(async () => []))).toEqual([1, 2, 3]);
  });

  it("hands each stream its own copy, which later events do not change", async () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    const replay = await channel.events(async () => [started(1)]);
    bus.publish(started(2));
    expect(ids(replay)).toEqual([1]);
  });

  it("does not keep a failed read: the next stream reads again", async () => {
    const channel = new JobChannel(new LocalEventBus(), JOB);
    await expect(channel.events(async () => Promise.reject(new Error("database gone")))).rejects.toThrow(
      "database gone",
    );
    const read = vi.fn(async () => [started(1)]);
    expect(ids(await channel.events(read))).toEqual([1]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("stops keeping a log too long to hold, and reads it for every stream instead", async () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    const long = Array.from({ length: MAX_KEPT_EVENTS }, (_, i) => started(i + 1));
    await channel.events(async () => long);
    bus.publish(started(MAX_KEPT_EVENTS + 1));
    const read = vi.fn(async () => [started(1)]);
    await channel.events(read);
    await channel.events(read);
    expect(read).toHaveBeenCalledTimes(2);
    expect(channel.state()).toBeUndefined();
  });

  it("knows owner, end and last id once the log is read and the owner told", async () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    expect(channel.state()).toBeUndefined();
    await channel.events(async () => [started(1), started(2)]);
    expect(channel.state()).toBeUndefined(); // the owner is not known yet
    channel.knowOwner("user-a");
    expect(channel.state()).toEqual({ userId: "user-a", finished: false, lastEventId: 2 });
    bus.publish(done(3));
    expect(channel.state()).toEqual({ userId: "user-a", finished: true, lastEventId: 3 });
  });

  it("fans each live event out to every sink with the same encoded bytes", () => {
    const bus = new LocalEventBus();
    const channel = new JobChannel(bus, JOB);
    const got: Uint8Array[] = [];
    channel.sinks.add({ receive: (_event, bytes) => got.push(bytes) });
    channel.sinks.add({ receive: (_event, bytes) => got.push(bytes) });
    bus.publish(started(1));
    expect(got).toHaveLength(2);
    expect(got[0]).toBe(got[1]);
    expect(new TextDecoder().decode(got[0])).toBe('id: 1\nevent: step.started\ndata: {"step":"ocr"}\n\n');
  });
});
