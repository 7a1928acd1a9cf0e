import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

/** Whether proxy.ts runs for a request, by Next's own matcher logic. */
const runs = (url: string, headers: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, headers });

describe("proxy.ts's matcher", () => {
  it("runs for every page, so each gets its CSP", () => {
    for (const url of ["/", "/history", "/history?q=coffee", "/?job=abc", "/sign-in", "/no-such-page"]) {
      expect(runs(url), url).toBe(true);
    }
  });

  it("keeps uploads, streams, other API requests and static files off the proxy", () => {
    for (const url of [
      "/api/jobs",
      "/api/jobs/abc/events",
      "/api/jobs/abc/corrections",
      "/api/health",
      "/_next/static/chunks/main.js",
      "/_next/image?url=x",
      "/favicon.ico",
    ]) {
      expect(runs(url), url).toBe(false);
    }
  });

  it("still runs for job URLs with a % (undecodable ids get the JSON 404)", () => {
    expect(runs("/api/jobs/%ff")).toBe(true);
    expect(runs("/api/jobs/%ff/events")).toBe(true);
  });

  it("skips router prefetches, which render no document", () => {
    expect(runs("/history", { "next-router-prefetch": "1" })).toBe(false);
  });
});
