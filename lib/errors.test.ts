import { describe, expect, it } from "vitest";
import { AppError, describeError, errorResponse } from "@/lib/errors";

describe("AppError", () => {
  it("is recognised across copies of the class (Next.js bundles some modules twice)", () => {
    const foreign = Object.assign(new Error("x"), { [Symbol.for("sukusho.AppError")]: true, code: "c", status: 400 });
    expect(foreign instanceof AppError).toBe(true);
    expect(new Error("plain") instanceof AppError).toBe(false);
    expect(new AppError("c", "m", 418) instanceof AppError).toBe(true);
  });

  it("maps to its status and code; anything else to a generic 500 without details", () => {
    expect(describeError(new AppError("job_not_found", "There is no job x.", 404))).toEqual({
      status: 404,
      body: { error: { code: "job_not_found", message: "There is no job x." } },
    });
    expect(describeError(new TypeError("secret internals at /srv/app.js:12"))).toEqual({
      status: 500,
      body: { error: { code: "internal_error", message: "Something went wrong on our side." } },
    });
  });

  it("sends the headers an error carries, beside the JSON body", async () => {
    const error = new AppError(
      "rate_limited",
      "Too many uploads.",
      429,
      { retryAfterSeconds: 12 },
      { "Retry-After": "12" },
    );
    const response = errorResponse(error);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("12");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "rate_limited", message: "Too many uploads.", details: { retryAfterSeconds: 12 } },
    });
    expect(errorResponse(new AppError("job_not_found", "No.", 404)).headers.get("Retry-After")).toBeNull();
  });
});
