import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/client/safe-next";

describe("safeNext", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNext("/history?q=tea")).toBe("/history?q=tea");
    expect(safeNext("/?job=abc#result")).toBe("/?job=abc#result");
    expect(safeNext("/settings")).toBe("/settings");
  });

  it("refuses every way out to another site", () => {
    for (const hostile of [
      "//evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "",
    ]) {
      expect(safeNext(hostile), JSON.stringify(hostile)).toBe("/");
    }
  });

  it("gives the main page when there is no single value", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(null)).toBe("/");
    expect(safeNext(["/history", "/settings"])).toBe("/");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeNext("/a/../history")).toBe("/history");
    expect(safeNext("/../../history")).toBe("/history");
  });
});
