import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, peerAddress, watchPeerAddresses } from "@/lib/http/peer-address";

/** A real server whose handler turns Node's headers into fetch Headers, as Next does. */
let server: http.Server;
let url: string;
let seen: Headers[] = [];

beforeAll(async () => {
  watchPeerAddresses();
  watchPeerAddresses();
  server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    seen.push(headers);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("peerAddress", () => {
  it("reads the socket's address from the stamp every request gets", async () => {
    seen = [];
    await fetch(url, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(seen).toHaveLength(1);
    expect(peerAddress(seen[0] as Headers)).toBe("127.0.0.1");
  });

  it("overwrites a stamp the client sent itself", async () => {
    seen = [];
    await fetch(url, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.9" } });
    expect(peerAddress(seen[0] as Headers)).toBe("127.0.0.1");
  });

  it("believes no header without the process's secret", () => {
    expect(peerAddress(new Headers({ [PEER_ADDRESS_HEADER]: "127.0.0.1" }))).toBeNull();
    expect(peerAddress(new Headers())).toBeNull();
  });
});
