import {
  type ForwardingView,
  forwardedClientAddress,
  forwardedHost,
  forwardedOrigin,
  forwardedProto,
} from "@/lib/http/forwarded";
import { peerAddress } from "@/lib/http/peer-address";
import { trustedProxies } from "@/lib/http/trust-settings";

function forwardingView(request: Request): ForwardingView {
  return { headers: request.headers, peer: peerAddress(request.headers), trustedProxies: trustedProxies() };
}

/**
 * The address of the client behind this request, for rate limits and logs: the TCP peer, or,
 * when the peer is a trusted proxy (TRUSTED_PROXIES), the first untrusted hop of its
 * X-Forwarded-For. `unknown` when the request did not come through Node's HTTP server.
 */
export function clientIp(request: Request): string {
  return forwardedClientAddress(forwardingView(request));
}

/** `https` when a trusted proxy says the browser used TLS, else `http`. */
export function requestProto(request: Request): "http" | "https" {
  return forwardedProto(forwardingView(request));
}

/** The host the browser asked for (X-Forwarded-Host from a trusted proxy, else Host). */
export function requestHost(request: Request): string | null {
  return forwardedHost(forwardingView(request));
}

/** The app's own origin as the browser sees it, e.g. for same-origin checks. */
export function requestOrigin(request: Request): string | null {
  return forwardedOrigin(forwardingView(request));
}
