import { AppError } from "@/lib/errors";

/** Methods that change nothing, by HTTP's definition; everything else is checked. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What the check needs to know about one request. */
export interface OriginCheck {
  method: string;
  pathname: string;
  headers: Headers;
  /** The app's own origin as the browser sees it (lib/http/client-ip.ts requestOrigin). */
  ownOrigin: string | null;
  /** TRUSTED_ORIGINS. */
  trustedOrigins: ReadonlySet<string>;
}

/**
 * Why a state-changing request is refused as cross-site, or null to let it through.
 *
 * Browsers say where a request comes from and pages cannot change it: `Sec-Fetch-Site` (every
 * current browser) and `Origin` (on every POST, PUT, PATCH and DELETE, form posts included).
 * `Sec-Fetch-Site: same-origin` or `none` (typed by the user) passes whatever a proxy did to the
 * Host; `same-site` and `cross-site` pass only from a trusted origin. Without that header the
 * Origin must be the app's own or trusted. A request with neither comes from no browser (curl,
 * the CLI, the typed client in Node): it cannot be forged by another site's page, and it still
 * needs credentials. better-auth's routes check origins themselves.
 */
export function crossSiteReason(check: OriginCheck): string | null {
  if (SAFE_METHODS.has(check.method.toUpperCase())) return null;
  if (check.pathname === "/api/auth" || check.pathname.startsWith("/api/auth/")) return null;
  const site = check.headers.get("sec-fetch-site")?.toLowerCase();
  const origin = check.headers.get("origin");
  const trusted = origin !== null && check.trustedOrigins.has(origin);
  if (site === "same-origin" || site === "none") return null;
  if (site) return trusted ? null : `A ${site} request from ${origin ?? "another page"} may not change anything here.`;
  if (origin === null) return null;
  if (trusted || (check.ownOrigin !== null && origin === check.ownOrigin)) return null;
  return `A request from ${origin} may not change anything on ${check.ownOrigin ?? "this server"}.`;
}

/** Throws the 403 `cross_site_request` for a request that {@link crossSiteReason} refuses. */
export function assertNotCrossSite(check: OriginCheck): void {
  const reason = crossSiteReason(check);
  if (reason) throw new AppError("cross_site_request", reason, 403);
}
