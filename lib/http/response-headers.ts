import { PERMISSIONS_POLICY } from "./permissions-policy";

/**
 * Headers on every response of the app. next.config.ts adds them to what Next serves; the event
 * streams served beside Next (lib/sse/node-events-server.ts) add them themselves. The page's
 * Content-Security-Policy and HSTS are per request: proxy.ts.
 */
export const EVERY_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": PERMISSIONS_POLICY,
};
