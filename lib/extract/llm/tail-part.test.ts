import { describe, expect, it } from "vitest";
import { tailPartLines } from "@/lib/extract/llm/tail-part";

describe("tailPartLines", () => {
  const base = { least: 4, most: 15, freeNow: 1, busy: [] };

  it("without a measured pace, splits what is left evenly over the calls free now and those the list holds", () => {
    // 20 lines, one call free and three busy: four parts of five.
    const busy = [1, 2, 3].map(() => ({ lines: 5, startedMsAgo: 500 }));
    expect(tailPartLines({ ...base, unsent: 20, busy })).toBe(5);
    // As many calls as keep four lines each: 10 lines over four calls are two parts of five.
    expect(tailPartLines({ ...base, unsent: 10, busy })).toBe(5);
    // Never past LLM_CHUNK_LINES.
    expect(tailPartLines({ ...base, unsent: 40, freeNow: 1, most: 15 })).toBe(15);
  });

  it("takes what is left when it is no more than the minimum, or when less than the minimum would remain", () => {
    expect(tailPartLines({ ...base, unsent: 3 })).toBe(3);
    expect(tailPartLines({ ...base, unsent: 4 })).toBe(4);
    // Two calls: 7 would be 4 + 3, below the minimum: one part of 7.
    expect(tailPartLines({ ...base, unsent: 7, busy: [{ lines: 4, startedMsAgo: 0 }] })).toBe(7);
  });

  it("with a measured pace, gives a call that is free now more than one that frees late", () => {
    // 500 ms a line. Three calls busy for another 2.5 s each: the one free now writes alone
    // until then (5 lines), then the four share the rest.
    const busy = [1, 2, 3].map(() => ({ lines: 6, startedMsAgo: 500 }));
    const size = tailPartLines({ ...base, unsent: 20, busy, msPerLine: 500 });
    // T: (T) + 3 (T - 2500) = 20 × 500 → T = 4375 ms → 8.75 lines.
    expect(size).toBe(9);
    // The same lines with every call free now: a quarter each.
    expect(tailPartLines({ ...base, unsent: 20, freeNow: 4, msPerLine: 500 })).toBe(5);
  });

  it("leaves a call that frees only after the others would be done without a part", () => {
    // 8 lines at 500 ms: the free call writes them all by 4 s, before the busy one frees (at 10 s).
    const busy = [{ lines: 21, startedMsAgo: 500 }];
    expect(tailPartLines({ ...base, unsent: 8, busy, msPerLine: 500 })).toBe(8);
  });

  it("leaves a remainder below the minimum to the call that frees first when that ends sooner", () => {
    // 6 lines at 500 ms: alone, 3 s. One call frees in 0.5 s: this one takes 4 (2 s), that one
    // the last 2 (done at 1.5 s).
    const busy = [{ lines: 2, startedMsAgo: 500 }];
    expect(tailPartLines({ ...base, unsent: 6, busy, msPerLine: 500 })).toBe(4);
    // When it frees only in 2.6 s, it would end the 2 lines after 3.6 s: this one takes all 6.
    const late = [{ lines: 7, startedMsAgo: 900 }];
    expect(tailPartLines({ ...base, unsent: 6, busy: late, msPerLine: 500 })).toBe(6);
  });
});
