import { NextResponse } from "next/server";
import { requestProto } from "@/lib/http/client-ip";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

/**
 * HSTS for a year, sent only on pages served over TLS (browsers ignore it over http, and an
 * instance on plain http must stay reachable). No includeSubDomains: the app does not own the
 * other hosts of its parent domain.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/**
 * Lets a page request through with a fresh nonce-based Content-Security-Policy. The policy is
 * set on the request too: Next reads the nonce from there while rendering and puts it on its
 * own scripts (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md).
 */
export function securePage(request: Request): NextResponse {
  const tls = requestProto(request) === "https";
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", tls });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (tls) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}
