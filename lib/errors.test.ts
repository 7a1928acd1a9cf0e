import { describe, expect, it } from "vitest";
import { AppError, describeError } from "@/lib/errors";

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
});
