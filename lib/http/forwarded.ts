import type { AddressList } from "@/lib/http/address-list";
import { normalizeIp } from "@/lib/http/ip-address";

/** What a request says about where it came from, and whom we believe. */
export interface ForwardingView {
  headers: Headers;
  /** The TCP peer's address (lib/http/peer-address.ts), null when unknown. */
  peer: string | null;
  /** Proxies whose X-Forwarded-* headers are believed (TRUSTED_PROXIES). */
  trustedProxies: AddressList;
}

/** The key a client gets when its address cannot be known (no stamp: not served by Node's HTTP server). */
export const UNKNOWN_CLIENT = "unknown";

function fromTrustedProxy(view: ForwardingView): boolean {
  return view.peer !== null && view.trustedProxies.has(view.peer);
}

/** The first value of a header that a chain of proxies may have made a comma list. */
function firstValue(headers: Headers, name: string): string | null {
  const value = headers.get(name)?.split(",")[0]?.trim();
  return value ? value : null;
}

/**
 * The client's address: the peer itself unless it is a trusted proxy; then X-Forwarded-For is
 * walked from the right (each proxy appends the address it saw), past every trusted proxy, to
 * the first hop that is not one. Entries left of that are whatever the client claimed, and
 * ignored. A hop that is not an address stops the walk at the last believable one.
 */
export function forwardedClientAddress(view: ForwardingView): string {
  if (!view.peer) return UNKNOWN_CLIENT;
  let client = view.peer;
  if (!fromTrustedProxy(view)) return client;
  const hops = (view.headers.get("x-forwarded-for") ?? "").split(",");
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = normalizeIp(hops[index] ?? "");
    if (!hop) break;
    client = hop;
    if (!view.trustedProxies.has(hop)) break;
  }
  return client;
}

/**
 * The scheme the browser used: X-Forwarded-Proto from a trusted proxy (the one that
 * terminates TLS), else plain http, since `next start` itself serves no TLS. Next fills the
 * header from the socket when nobody sent one, so a trusted direct peer is answered truly too.
 */
export function forwardedProto(view: ForwardingView): "http" | "https" {
  if (!fromTrustedProxy(view)) return "http";
  return firstValue(view.headers, "x-forwarded-proto")?.toLowerCase() === "https" ? "https" : "http";
}

/** The host the browser asked for: X-Forwarded-Host from a trusted proxy, else Host. */
export function forwardedHost(view: ForwardingView): string | null {
  const forwarded = fromTrustedProxy(view) ? firstValue(view.headers, "x-forwarded-host") : null;
  return forwarded ?? firstValue(view.headers, "host");
}

/** A Host value: a name, IPv4 or bracketed IPv6 address, and an optional port; nothing else. */
const HOST_PATTERN = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/** The app's own origin as the browser sees it (`https://sukusho.example`), null if unknowable. */
export function forwardedOrigin(view: ForwardingView): string | null {
  const host = forwardedHost(view);
  if (!host || !HOST_PATTERN.test(host)) return null;
  try {
    return new URL(`${forwardedProto(view)}://${host}`).origin;
  } catch {
    return null;
  }
}
