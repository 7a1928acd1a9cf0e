import { describe, expect, it } from "vitest";
import { assertJsonContentType, isJsonContentType } from "@/lib/http/json-content-type";

describe("isJsonContentType", () => {
  it("accepts application/json with or without parameters, in any case", () => {
    for (const value of ["application/json", "application/json; charset=utf-8", "Application/JSON ;charset=UTF-8"]) {
      expect(isJsonContentType(value), value).toBe(true);
    }
  });

  it("refuses what a form or a simple cross-site request can send, and nothing at all", () => {
    for (const value of [
      null,
      "",
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "text/json",
    ]) {
      expect(isJsonContentType(value), String(value)).toBe(false);
    }
  });
});

describe("assertJsonContentType", () => {
  it("throws a 415 unsupported_media_type for a text/plain body", () => {
    const request = new Request("http://localhost/", { method: "PUT", body: "{}" });
    expect(() => assertJsonContentType(request)).toThrow(
      expect.objectContaining({ code: "unsupported_media_type", status: 415 }),
    );
  });
});
