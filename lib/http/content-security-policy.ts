import { randomBytes } from "node:crypto";

export interface PolicyOptions {
  /** This response's nonce: only scripts carrying it (and those they load) run. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and the dev overlay injects styles. */
  dev: boolean;
  /** Served over TLS: any http:// subresource is fetched as https:// instead. */
  tls: boolean;
}

/** A fresh nonce for one response: 128 random bits, base64 as CSP expects. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The pages' Content-Security-Policy. Scripts run only with this response's nonce, which Next
 * puts on its own scripts when it finds the policy on the request (proxy.ts); 'strict-dynamic'
 * lets those load the page's chunks, and no inline script or injected `<script src>` runs.
 * `style=""` attributes are allowed (style-src-attr): the progress and confidence bars set
 * their width that way, and an attribute cannot run code. Images may be blob: (the upload
 * preview) and data:. Everything else is same-origin only: fetches and the event streams,
 * fonts (next/font serves them from /_next/static), forms. No page may frame this one.
 */
export function contentSecurityPolicy({ nonce, dev, tls }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(tls ? { "upgrade-insecure-requests": [] } : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}
