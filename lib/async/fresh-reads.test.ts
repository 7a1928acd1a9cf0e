import { describe, expect, it } from "vitest";
import { FreshReads } from "@/lib/async/fresh-reads";

/** A value that changes over time, read slowly, counting the reads. */
function slowSource() {
  const state = { value: 0, reads: 0 };
  const load = async (_key: string) => {
    state.reads++;
    const seen = state.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return seen;
  };
  return { state, load };
}

describe("FreshReads", () => {
  it("gives callers of one moment one read", async () => {
    const { state, load } = slowSource();
    const reads = new FreshReads(load);
    const results = await Promise.all(Array.from({ length: 100 }, () => reads.read("job")));
    expect(new Set(results)).toEqual(new Set([0]));
    expect(state.reads).toBe(1);
  });

  it("never answers a caller with a read that began before its call", async () => {
    const { state, load } = slowSource();
    const reads = new FreshReads(load);
    const first = reads.read("job");
    await new Promise((resolve) => setTimeout(resolve, 5));
    state.value = 1; // stored while the first read runs
    const later = Array.from({ length: 50 }, () => reads.read("job"));
    expect(await first).toBe(0);
    expect(new Set(await Promise.all(later))).toEqual(new Set([1]));
    expect(state.reads).toBe(2);
  });

  it("keeps keys apart, and a failed read fails only its own callers", async () => {
    let fail = true;
    const reads = new FreshReads(async (key: string) => {
      if (fail) {
        fail = false;
        throw new Error("database away");
      }
      return key;
    });
    await expect(reads.read("a")).rejects.toThrow("database away");
    expect(await reads.read("a")).toBe("a");
    expect(await reads.read("b")).toBe("b");
  });
});
