import { describe, expect, it } from "vitest";
import { guardRequest } from "@/lib/http/guard-request";

function post(headers: Record<string, string>, path = "/api/jobs"): Request {
  return new Request(`http://sukusho.example${path}`, { method: "POST", headers, body: "x" });
}

describe("guardRequest", () => {
  it("refuses another site's form post with 403 cross_site_request", () => {
    expect(() => guardRequest(post({ host: "sukusho.example", origin: "https://evil.example" }))).toThrow(
      expect.objectContaining({ code: "cross_site_request", status: 403 }),
    );
  });

  it("takes the app's own origin from the Host header", () => {
    expect(() => guardRequest(post({ host: "sukusho.example", origin: "http://sukusho.example" }))).not.toThrow();
  });

  it("lets through reads and requests from no browser", () => {
    expect(() =>
      guardRequest(new Request("http://sukusho.example/api/jobs", { headers: { origin: "https://evil.example" } })),
    ).not.toThrow();
    expect(() => guardRequest(post({}))).not.toThrow();
  });
});
