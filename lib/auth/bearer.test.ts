import { describe, expect, it } from "vitest";
import { bearerToken } from "@/lib/auth/bearer";

const headers = (authorization?: string) => new Headers(authorization ? { authorization } : {});

describe("bearerToken", () => {
  it("reads the token of the Bearer scheme, in any case", () => {
    expect(bearerToken(headers("Bearer sk_sukusho_abc"))).toBe("sk_sukusho_abc");
    expect(bearerToken(headers("bearer  abc "))).toBe("abc");
  });

  it("ignores other schemes, empty tokens and missing headers", () => {
    expect(bearerToken(headers("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerToken(headers("Bearer "))).toBeNull();
    expect(bearerToken(headers("Bearer a b"))).toBeNull();
    expect(bearerToken(headers())).toBeNull();
  });
});
