import { describe, expect, it } from "vitest";
import {
  createApiKeyBodySchema,
  deleteApiKeyBodySchema,
  emptyBodySchema,
  revokeSessionsTakesNoBody,
  signInEmailBodySchema,
} from "@/lib/auth/better-auth-schema";

/**
 * The bodies the OpenAPI document gives better-auth's endpoints are better-auth's own schemas,
 * narrowed to what a client may send: these checks fail when an upgrade changes them.
 */
describe("better-auth's request bodies", () => {
  it("sign-in takes e-mail and password, and refuses a body without the password", () => {
    expect(Object.keys(signInEmailBodySchema.shape)).toEqual(["email", "password", "rememberMe"]);
    expect(signInEmailBodySchema.safeParse({ email: "a@example.com", password: "secret pass" }).success).toBe(true);
    expect(signInEmailBodySchema.safeParse({ email: "a@example.com" }).success).toBe(false);
  });

  it("an API key takes a name and a lifetime of at least a second; delete takes its id", () => {
    expect(Object.keys(createApiKeyBodySchema.shape)).toEqual(["name", "expiresIn"]);
    expect(createApiKeyBodySchema.safeParse({ name: "script" }).success).toBe(true);
    expect(createApiKeyBodySchema.safeParse({ expiresIn: 0 }).success).toBe(false);
    expect(deleteApiKeyBodySchema.safeParse({ keyId: "k1" }).success).toBe(true);
    expect(deleteApiKeyBodySchema.safeParse({}).success).toBe(false);
  });

  it("signing out and out everywhere need no field", () => {
    expect(Object.keys(emptyBodySchema.shape)).toEqual([]);
    expect(revokeSessionsTakesNoBody).toBe(true);
  });
});
