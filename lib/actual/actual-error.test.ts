import { describe, expect, it } from "vitest";
import { actualError } from "@/lib/actual/actual-error";
import { AppError } from "@/lib/errors";

const thrownByActual = (code: string, message = "Authentication failed") => Object.assign(new Error(message), { code });

describe("actualError", () => {
  it("names what the user can fix (422) apart from the remote failing (502)", () => {
    expect(actualError(thrownByActual("invalid-password"))).toMatchObject({
      code: "actual_wrong_password",
      status: 422,
    });
    expect(actualError(thrownByActual("budget-not-found"))).toMatchObject({
      code: "actual_budget_not_found",
      status: 422,
    });
    expect(actualError(thrownByActual("missing-key"))).toMatchObject({ code: "actual_budget_encrypted", status: 422 });
    expect(actualError(thrownByActual("network-failure"))).toMatchObject({ code: "actual_unreachable", status: 502 });
    expect(actualError(thrownByActual("too-many-requests"))).toMatchObject({
      code: "actual_rate_limited",
      status: 502,
    });
  });

  it("passes its own errors through and words anything else as Actual's, cut short", () => {
    const own = new AppError("actual_account_missing", "gone", 422);
    expect(actualError(own)).toBe(own);
    const other = actualError(new Error(`sync exploded ${"x".repeat(500)}`));
    expect(other).toMatchObject({ code: "actual_failed", status: 502 });
    expect(other.message).toMatch(/^Actual Budget answered with an error: sync exploded/);
    expect(other.message.length).toBeLessThan(260);
  });
});
