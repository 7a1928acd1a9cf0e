import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { watchPeerAddresses } from "@/lib/http/peer-address";

/**
 * A real Node server stamps each request with its peer (as under `next start`); the handler
 * turns it into a fetch Request, as Next does, and the test asks the helpers about it under a
 * TRUSTED_PROXIES of its choosing (env() is read once per module copy, hence the fresh import).
 */
let server: http.Server;
let url: string;
let received: Request[] = [];

beforeAll(async () => {
  watchPeerAddresses();
  server = http.createServer((incoming, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    received.push(new Request(`http://${incoming.headers.host}${incoming.url}`, { headers }));
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function send(headers: Record<string, string>): Promise<Request> {
  received = [];
  await fetch(url, { headers });
  const request = received[0];
  if (!request) throw new Error("the server received nothing");
  return request;
}

async function helpers(trustedProxies: string) {
  vi.resetModules();
  vi.stubEnv("TRUSTED_PROXIES", trustedProxies);
  return import("@/lib/http/client-ip");
}

const forwarded = {
  "x-forwarded-for": "198.51.100.23",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "sukusho.example",
};

describe("behind a trusted proxy (loopback, the default)", () => {
  it("believes X-Forwarded-For, -Proto and -Host", async () => {
    const { clientIp, requestHost, requestOrigin, requestProto } = await helpers("127.0.0.0/8,::1");
    const request = await send(forwarded);
    expect(clientIp(request)).toBe("198.51.100.23");
    expect(requestProto(request)).toBe("https");
    expect(requestHost(request)).toBe("sukusho.example");
    expect(requestOrigin(request)).toBe("https://sukusho.example");
  });
});

describe("from a peer that is not a trusted proxy", () => {
  it("answers the socket's address and the Host, ignoring X-Forwarded-*", async () => {
    const { clientIp, requestOrigin, requestProto } = await helpers("192.0.2.0/24");
    const request = await send(forwarded);
    expect(clientIp(request)).toBe("127.0.0.1");
    expect(requestProto(request)).toBe("http");
    expect(requestOrigin(request)).toBe(url.slice(0, -1));
  });
});

describe("a request that never went through Node's server", () => {
  it("has an unknown client and believes nothing forwarded", async () => {
    const { clientIp, requestOrigin } = await helpers("127.0.0.0/8");
    const request = new Request("http://sukusho.example/api/jobs", { headers: forwarded });
    expect(clientIp(request)).toBe("unknown");
    expect(requestOrigin(request)).toBeNull();
  });
});
