import { requestOrigin } from "@/lib/http/client-ip";
import { assertNotCrossSite } from "@/lib/http/same-origin";
import { trustedOrigins } from "@/lib/http/trust-settings";

/**
 * The checks every API request passes before its handler runs (called first in route()):
 * a browser on another site may not change anything here (403 cross_site_request).
 */
export function guardRequest(request: Request): void {
  assertNotCrossSite({
    method: request.method,
    pathname: new URL(request.url).pathname,
    headers: request.headers,
    ownOrigin: requestOrigin(request),
    trustedOrigins: trustedOrigins(),
  });
}
