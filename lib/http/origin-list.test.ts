import { describe, expect, it } from "vitest";
import { parseOriginList } from "@/lib/http/origin-list";

describe("parseOriginList", () => {
  it("serialises origins as browsers send them (lower case, default ports dropped)", () => {
    expect(parseOriginList("https://App.Example.com:443, http://10.0.0.5:8080/ ,")).toEqual([
      "https://app.example.com",
      "http://10.0.0.5:8080",
    ]);
  });

  it("is empty for an empty setting", () => {
    expect(parseOriginList("")).toEqual([]);
  });

  it("refuses what is not an origin, naming it", () => {
    for (const entry of [
      "app.example.com",
      "ftp://files.example.com",
      "https://a.example/path",
      "https://a.example?x=1",
    ]) {
      expect(() => parseOriginList(`https://ok.example,${entry}`), entry).toThrow(entry);
    }
  });
});
