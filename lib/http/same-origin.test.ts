import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertNotCrossSite, crossSiteReason, type OriginCheck } from "@/lib/http/same-origin";

const OWN = "http://sukusho.example:8080";

function check(method: string, headers: Record<string, string>, pathname = "/api/jobs"): OriginCheck {
  return {
    method,
    pathname,
    headers: new Headers(headers),
    ownOrigin: OWN,
    trustedOrigins: new Set(["https://intranet.example"]),
  };
}

describe("crossSiteReason", () => {
  it("lets safe methods through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(
        crossSiteReason(check(method, { "sec-fetch-site": "cross-site", origin: "https://evil.example" })),
      ).toBeNull();
    }
  });

  it("refuses a cross-site or same-site state change from an untrusted origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(
        crossSiteReason(check(method, { "sec-fetch-site": "cross-site", origin: "https://evil.example" })),
      ).toMatch(/evil\.example/);
    }
    expect(
      crossSiteReason(check("POST", { "sec-fetch-site": "same-site", origin: "http://other.sukusho.example" })),
    ).not.toBeNull();
    expect(crossSiteReason(check("POST", { "sec-fetch-site": "cross-site" }))).not.toBeNull();
  });

  it("lets same-origin and user-typed requests through, whatever the Host looked like", () => {
    expect(
      crossSiteReason(check("POST", { "sec-fetch-site": "same-origin", origin: "http://elsewhere:1" })),
    ).toBeNull();
    expect(crossSiteReason(check("POST", { "sec-fetch-site": "none" }))).toBeNull();
  });

  it("lets a trusted origin through across sites", () => {
    expect(
      crossSiteReason(check("POST", { "sec-fetch-site": "cross-site", origin: "https://intranet.example" })),
    ).toBeNull();
  });

  it("compares Origin with the app's own when the browser sends no Sec-Fetch-Site", () => {
    expect(crossSiteReason(check("POST", { origin: OWN }))).toBeNull();
    expect(crossSiteReason(check("POST", { origin: "https://intranet.example" }))).toBeNull();
    expect(crossSiteReason(check("POST", { origin: "https://evil.example" }))).not.toBeNull();
    expect(crossSiteReason(check("POST", { origin: "null" }))).not.toBeNull();
    expect(crossSiteReason({ ...check("POST", { origin: OWN }), ownOrigin: null })).not.toBeNull();
  });

  it("lets requests that no browser sent through (curl, the CLI)", () => {
    expect(crossSiteReason(check("POST", {}))).toBeNull();
    expect(crossSiteReason(check("DELETE", { "sec-fetch-mode": "cors" }))).toBeNull();
  });

  it("leaves better-auth's routes to better-auth's own check, and nothing else", () => {
    const foreign = { "sec-fetch-site": "cross-site", origin: "https://evil.example" };
    expect(crossSiteReason(check("POST", foreign, "/api/auth/sign-in/email"))).toBeNull();
    expect(crossSiteReason(check("POST", foreign, "/api/authority"))).not.toBeNull();
  });
});

describe("assertNotCrossSite", () => {
  it("throws a 403 cross_site_request", () => {
    let thrown: unknown;
    try {
      assertNotCrossSite(check("POST", { origin: "https://evil.example" }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "cross_site_request", status: 403 });
    expect(() => assertNotCrossSite(check("POST", { origin: OWN }))).not.toThrow();
  });
});
