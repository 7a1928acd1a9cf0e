import { describe, expect, it } from "vitest";
import { eventsRouteOf } from "@/lib/sse/node-events-server";

describe("eventsRouteOf", () => {
  it("takes GET of the board and of a job's events, with or without a query", () => {
    expect(eventsRouteOf("GET", "/api/events")).toEqual({ kind: "board" });
    expect(eventsRouteOf("GET", "/api/events?jobs=a,b")).toEqual({ kind: "board" });
    expect(eventsRouteOf("GET", "/api/jobs/abc/events")).toEqual({ kind: "job", rawId: "abc" });
    expect(eventsRouteOf("GET", "/api/jobs/%ff/events?lastEventId=3")).toEqual({ kind: "job", rawId: "%ff" });
  });

  it("leaves everything else to Next: other methods, other paths, a trailing slash", () => {
    expect(eventsRouteOf("HEAD", "/api/events")).toBeNull();
    expect(eventsRouteOf("POST", "/api/jobs/abc/events")).toBeNull();
    expect(eventsRouteOf("GET", "/api/events/")).toBeNull();
    expect(eventsRouteOf("GET", "/api/jobs/abc/events/")).toBeNull();
    expect(eventsRouteOf("GET", "/api/jobs/abc")).toBeNull();
    expect(eventsRouteOf("GET", "/api/jobs/a/b/events")).toBeNull();
    expect(eventsRouteOf("GET", "/api/jobs//events")).toBeNull();
    expect(eventsRouteOf("GET", "/api/eventsx")).toBeNull();
    expect(eventsRouteOf("GET", undefined)).toBeNull();
  });
});
