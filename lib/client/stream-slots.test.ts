import { describe, expect, it } from "vitest";
import { StreamSlots } from "@/lib/client/stream-slots";

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("StreamSlots", () => {
  it("grants the lowest priorities first and the next one when a slot frees", async () => {
    const slots = new StreamSlots(2);
    const granted: number[] = [];
    const releases = [3, 1, 2].map((priority) => slots.acquire(priority, () => granted.push(priority)));
    await tick();
    expect(granted).toEqual([1, 2]);
    releases[1]?.(); // priority 1 finishes
    releases[1]?.(); // twice is harmless
    await tick();
    expect(granted).toEqual([1, 2, 3]);
  });

  it("forgets a request released before it was granted", async () => {
    const slots = new StreamSlots(1);
    const granted: string[] = [];
    const first = slots.acquire(1, () => granted.push("first"));
    const second = slots.acquire(2, () => granted.push("second"));
    second();
    await tick();
    first();
    await tick();
    expect(granted).toEqual(["first"]);
  });
});
