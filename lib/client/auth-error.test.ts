import { describe, expect, it } from "vitest";
import { authErrorText, retryAfterSeconds } from "@/lib/client/auth-error";

describe("authErrorText", () => {
  it("says a wrong password in plain words, whatever the case of the code", () => {
    expect(
      authErrorText({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" }),
    ).toEqual({ key: "auth.error.wrongPassword" });
    expect(authErrorText({ status: 401 })).toEqual({ key: "auth.error.wrongPassword" });
  });

  it("gives the seconds to wait when rate limited, from the body or the header", () => {
    expect(authErrorText({ status: 429, code: "rate_limited", details: { retryAfterSeconds: 41.2 } })).toEqual({
      key: "auth.error.rateLimited",
      params: { seconds: 42 },
    });
    expect(authErrorText({ status: 429, retryAfter: "17" })).toEqual({
      key: "auth.error.rateLimited",
      params: { seconds: 17 },
    });
    expect(authErrorText({ status: 429 })).toEqual({ key: "auth.error.rateLimitedSoon" });
  });

  it("names taken e-mails, used invitations and cancelled passkeys", () => {
    expect(authErrorText({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" })).toEqual({
      key: "auth.error.emailTaken",
    });
    expect(authErrorText({ status: 410, code: "invitation_invalid", message: "…" })).toEqual({
      key: "auth.error.invitationClosed",
    });
    expect(authErrorText({ status: 400, code: "AUTH_CANCELLED" })).toEqual({ key: "auth.error.passkeyCancelled" });
  });

  it("passes the server's message on for anything else", () => {
    expect(authErrorText({ status: 422, code: "invalid_request", message: "The request is not valid." })).toEqual({
      message: "The request is not valid.",
    });
    expect(authErrorText({ status: 500 })).toEqual({ key: "auth.error.generic" });
    expect(authErrorText({ status: 0 })).toEqual({ key: "auth.error.network" });
  });
});

describe("retryAfterSeconds", () => {
  it("reads an HTTP date too, and nothing from garbage", () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const seconds = retryAfterSeconds({ retryAfter: inTenSeconds });
    expect(seconds).toBeGreaterThanOrEqual(9);
    expect(seconds).toBeLessThanOrEqual(11);
    expect(retryAfterSeconds({ retryAfter: "soon" })).toBeNull();
    expect(retryAfterSeconds({ details: { retryAfterSeconds: -1 } })).toBeNull();
  });
});
