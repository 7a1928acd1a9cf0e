import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { installEventsServer, putEventsRoutesFirst } from "@/lib/sse/install-events-server";
import type { EventsRoute } from "@/lib/sse/node-events-server";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A server whose own listener answers "next" (standing in for Next's request handler). */
async function serverWithNext(): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((_req, res) => res.end("next"));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("putEventsRoutesFirst", () => {
  it("serves the event routes itself and hands every other request to the server's own listener", async () => {
    const { server, url } = await serverWithNext();
    const served: EventsRoute[] = [];
    putEventsRoutesFirst(server, async (route, _req, res) => {
      served.push(route);
      res.end("events");
    });

    expect(await (await fetch(`${url}/api/jobs/j1/events`)).text()).toBe("events");
    expect(await (await fetch(`${url}/api/events?jobs=j1`)).text()).toBe("events");
    expect(await (await fetch(`${url}/api/jobs/j1`)).text()).toBe("next");
    expect(await (await fetch(`${url}/api/events`, { method: "HEAD" })).status).toBe(200);
    expect(served).toEqual([{ kind: "job", rawId: "j1" }, { kind: "board" }]);
    expect(server.listeners("request")).toHaveLength(1);
  });
});

describe("installEventsServer", () => {
  it("puts the dispatcher in front of a server at its first request, which it already serves", async () => {
    installEventsServer();
    installEventsServer();
    const { server, url } = await serverWithNext();
    const nextListener = server.listeners("request")[0];

    expect(await (await fetch(`${url}/page`)).text()).toBe("next");
    const listeners = server.listeners("request");
    expect(listeners).toHaveLength(1);
    expect(listeners[0]).not.toBe(nextListener);
    expect((listeners[0] as { name: string }).name).toBe("dispatch");

    expect(await (await fetch(`${url}/other`)).text()).toBe("next");
    expect(server.listeners("request")[0]).toBe(listeners[0]);
  });
});
