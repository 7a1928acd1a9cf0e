import { describe, expect, it } from "vitest";
import { Limiter } from "@/lib/async/limiter";

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("Limiter", () => {
  it("never runs more than the limit at once, and runs waiting tasks in order", async () => {
    const limiter = new Limiter("test", 2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let peak = 0;
    const runs = gates.map((gate, i) =>
      limiter.run(async () => {
        started.push(i);
        peak = Math.max(peak, limiter.active);
        await gate.promise;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.queued).toBe(2);
    gates[1]?.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.resolve();
    gates[2]?.resolve();
    gates[3]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(limiter.active).toBe(0);
  });

  it("tells each waiter its position as the line moves", async () => {
    const limiter = new Limiter("test", 1);
    const gate = deferred();
    const positions: Record<string, number[]> = { b: [], c: [] };
    const a = limiter.run(() => gate.promise);
    const b = limiter.run(async () => {}, { onPosition: (p) => positions.b?.push(p) });
    const c = limiter.run(async () => {}, { onPosition: (p) => positions.c?.push(p) });
    expect(positions).toEqual({ b: [1], c: [2] });
    gate.resolve();
    await Promise.all([a, b, c]);
    expect(positions).toEqual({ b: [1], c: [2, 1] });
  });

  it("releases the slot when a task throws", async () => {
    const limiter = new Limiter("test", 1);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(limiter.active).toBe(0);
    await expect(limiter.run(async () => "next")).resolves.toBe("next");
  });

  it("rejects a limit below one", () => {
    expect(() => new Limiter("bad", 0)).toThrow(RangeError);
  });
});
