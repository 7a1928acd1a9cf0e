import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { normalizeIp } from "@/lib/http/ip-address";

/**
 * Under `next start` a route handler never sees the socket, and Next fills X-Forwarded-For
 * from it only when the client sent none (`??=` in base-server.js): a client that sends its
 * own header hides its address. So every request is stamped, as Node parses it, with the
 * address its TCP peer really had, in a header of our own; the value carries a per-process
 * secret so a client cannot send a stamp of its own (say, before the hook is installed).
 */
export const PEER_ADDRESS_HEADER = "x-sukusho-peer-address";

// Shared through globalThis: instrumentation and the route bundles are separate module copies.
const SECRET_KEY = Symbol.for("sukusho.peer-address-secret");
type WithSecret = typeof globalThis & { [SECRET_KEY]?: string };

function secret(): string | undefined {
  return (globalThis as WithSecret)[SECRET_KEY];
}

/** Stamps one incoming request with its socket's address (what the hook does for each). */
export function stampPeerAddress(request: IncomingMessage, key: string): void {
  request.headers[PEER_ADDRESS_HEADER] = `${key} ${request.socket.remoteAddress ?? ""}`;
}

/**
 * Installs the stamp for every HTTP request this process serves, through Node's
 * `http.server.request.start` diagnostics channel (published before the server's `request`
 * event). Called once from instrumentation.ts; calling it again does nothing.
 */
export function watchPeerAddresses(): void {
  const holder = globalThis as WithSecret;
  if (holder[SECRET_KEY]) return;
  const key = randomUUID();
  holder[SECRET_KEY] = key;
  subscribe("http.server.request.start", (message) => {
    stampPeerAddress((message as { request: IncomingMessage }).request, key);
  });
}

/**
 * The address of the TCP peer that sent this request (the client, or the proxy in front), or
 * null when the request carries no genuine stamp: then nothing it says about forwarding is
 * believed.
 */
export function peerAddress(headers: Headers): string | null {
  const key = secret();
  const value = headers.get(PEER_ADDRESS_HEADER);
  if (!key || !value?.startsWith(`${key} `)) return null;
  return normalizeIp(value.slice(key.length + 1));
}
