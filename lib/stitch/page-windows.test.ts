import { describe, expect, it } from "vitest";
import { pageWindows } from "@/lib/stitch/page-windows";

describe("pageWindows", () => {
  it("covers the capture from top to bottom with overlapping windows of one height", () => {
    const windows = pageWindows(3000, 3, 0.25);
    expect(windows[0]?.top).toBe(0);
    const last = windows.at(-1)!;
    expect(last.top + last.height).toBe(3000);
    for (const [index, window] of windows.entries()) {
      const next = windows[index + 1];
      if (!next) continue;
      const shared = window.top + window.height - next.top;
      expect(shared / window.height).toBeGreaterThan(0.2);
      expect(shared / window.height).toBeLessThan(0.3);
    }
  });

  it("gives one window for one page, and refuses an overlap of a whole page", () => {
    expect(pageWindows(1200, 1, 0.3)).toEqual([{ top: 0, height: 1200 }]);
    expect(() => pageWindows(1200, 3, 1)).toThrow();
  });
});
