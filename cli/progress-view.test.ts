import { describe, expect, it } from "vitest";
import { activity, LogView, rateLimitedText } from "./progress-view";

function recorder() {
  const lines: string[] = [];
  return { lines, out: { write: (text: string) => lines.push(text) } };
}

describe("a refused upload (429) in the progress view", () => {
  it("says how long until the file is sent again, in the issue's words", () => {
    expect(rateLimitedText(10_000 + 12_000, 10_000)).toBe("Too many uploads — retrying in 12 s");
    expect(rateLimitedText(10_000 + 11_200, 10_000)).toBe("Too many uploads — retrying in 12 s");
    expect(rateLimitedText(5_000, 10_000)).toBe("Too many uploads — retrying in 0 s");
  });

  it("logs the wait as a line, then goes on with the upload", () => {
    const { lines, out } = recorder();
    const view = new LogView(["shot.png"], out);
    view.uploading(0);
    view.rateLimited(0, { until: Date.now() + 12_000 });
    expect(lines.at(-1)).toMatch(/^shot\.png +0% +Too many uploads — retrying in 1[12] s\n$/);
    const row = view.rows[0];
    if (!row) throw new Error("no row");
    expect(activity(row, (row.rateLimitedUntil ?? 0) - 5_000)).toBe("Too many uploads — retrying in 5 s");
    view.uploaded(0, { id: "j1", extractor: "local" });
    expect(row.rateLimitedUntil).toBeNull();
    expect(lines.at(-1)).toContain("uploaded as job j1");
  });
});
