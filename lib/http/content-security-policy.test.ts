import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("newNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "abc123==", dev: false, tls: false }));

  it("runs only scripts with the nonce, never inline ones or eval", () => {
    const scripts = production.get("script-src") ?? [];
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows style attributes but only nonced style elements", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(production.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("allows the preview's blob: and data: images, same-origin connections, and no framing", () => {
    expect(production.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over TLS", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    const secure = directives(contentSecurityPolicy({ nonce: "n", dev: false, tls: true }));
    expect(secure.get("upgrade-insecure-requests")).toEqual([]);
  });

  it("allows eval and inline styles in development only, for React's dev tooling", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true, tls: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toContain("'unsafe-inline'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
  });
});
