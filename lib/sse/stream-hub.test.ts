import { afterEach, describe, expect, it, vi } from "vitest";
import type { JobEvent } from "@/lib/events/schema";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { StreamHub, type StreamSink } from "@/lib/sse/stream-hub";

const at = new Date(0).toISOString();
const started = (jobId: string, id: number): JobEvent => ({
  id,
  jobId,
  at,
  type: "step.started",
  data: { step: "ocr" },
});

function recordingSink() {
  const received: Array<{ id: number; bytes: Uint8Array }> = [];
  const beats: Uint8Array[] = [];
  const sink: StreamSink = {
    receive: (event, bytes) => received.push({ id: event.id, bytes }),
    beat: (bytes) => beats.push(bytes),
  };
  return { sink, received, beats };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("StreamHub", () => {
  it("holds one bus subscription per job, however many streams follow it, and drops it with the last", () => {
    const bus = new LocalEventBus();
    const hub = new StreamHub(bus, 1000);
    const leaves = [1, 2, 3].map(() => hub.join("a", recordingSink().sink));
    const other = hub.join("b", recordingSink().sink);
    expect(bus.listenerCount("a")).toBe(1);
    expect(hub.subscriptions()).toBe(2);
    leaves[0]?.();
    leaves[0]?.(); // twice is harmless
    leaves[1]?.();
    expect(bus.listenerCount("a")).toBe(1);
    leaves[2]?.();
    expect(bus.listenerCount("a")).toBe(0);
    other();
    expect(hub.subscriptions()).toBe(0);
  });

  it("encodes each event once and hands every stream the same bytes, replayed or live", () => {
    const bus = new LocalEventBus();
    const hub = new StreamHub(bus, 1000);
    const one = recordingSink();
    const two = recordingSink();
    hub.join("a", one.sink);
    hub.join("a", two.sink);
    bus.publish(started("a", 1));
    expect(one.received[0]?.bytes).toBe(two.received[0]?.bytes);
    expect(new TextDecoder().decode(one.received[0]?.bytes)).toBe(
      'id: 1\nevent: step.started\ndata: {"step":"ocr"}\n\n',
    );
    // A stream that replays the same event from the log gets those very bytes too.
    expect(hub.bytesOf(started("a", 1))).toBe(one.received[0]?.bytes);
  });

  it("beats every stream from one timer, which stops when the last stream leaves", () => {
    vi.useFakeTimers();
    const hub = new StreamHub(new LocalEventBus(), 1000);
    const one = recordingSink();
    const two = recordingSink();
    const quietOne = hub.beat(one.sink);
    const quietTwo = hub.beat(two.sink);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2500);
    expect(one.beats).toHaveLength(2);
    expect(two.beats[0]).toBe(one.beats[0]);
    expect(new TextDecoder().decode(one.beats[0])).toBe(": keep-alive\n\n");
    quietOne();
    vi.advanceTimersByTime(1000);
    expect(one.beats).toHaveLength(2);
    expect(two.beats).toHaveLength(3);
    quietTwo();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("replays a followed job from memory and tells its state, until the last stream leaves", async () => {
    const bus = new LocalEventBus();
    const hub = new StreamHub(bus, 1000);
    const stored = [started("a", 1), started("a", 2)];
    const read = vi.fn(async (_jobId: string, after = 0) => stored.filter((event) => event.id > after));
    const log = { read } as unknown as EventLog;
    const leave = hub.join("a", recordingSink().sink, "user-a");
    expect(hub.followedState("a")).toBeUndefined(); // nothing read yet
    expect((await hub.replay(log, "a", 1)).map((event) => event.id)).toEqual([2]);
    const second = hub.join("a", recordingSink().sink);
    expect((await hub.replay(log, "a", 0)).map((event) => event.id)).toEqual([1, 2]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(hub.followedState("a")).toEqual({ userId: "user-a", finished: false, lastEventId: 2 });
    leave();
    second();
    expect(hub.followedState("a")).toBeUndefined();
    await hub.replay(log, "a", 0);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
