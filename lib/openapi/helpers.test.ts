import { describe, expect, it } from "vitest";
import { authErrorResponses, errorResponses, mergeErrors, securityOf, standardErrors } from "@/lib/openapi/helpers";

const json = { content: { "application/json": {} } };

describe("standardErrors", () => {
  it("gives an authenticated GET the 401 only", () => {
    expect(Object.keys(standardErrors({ method: "get" }))).toEqual(["401"]);
  });

  it("adds the cross-site 403 to what changes something, and the 415 to a JSON body", () => {
    expect(Object.keys(standardErrors({ method: "delete" }))).toEqual(["401", "403"]);
    expect(Object.keys(standardErrors({ method: "put", requestBody: json }))).toEqual(["401", "403", "415"]);
    expect(
      standardErrors({ method: "post", requestBody: { content: { "multipart/form-data": {} } } })[415],
    ).toBeUndefined();
  });

  it("gives a public operation no 401", () => {
    expect(Object.keys(standardErrors({ method: "post", access: "public", requestBody: json }))).toEqual([
      "403",
      "415",
    ]);
    expect(standardErrors({ method: "get", access: "public" })).toEqual({});
  });
});

describe("mergeErrors", () => {
  it("joins the codes of a shared status, the operation's first", () => {
    const merged = mergeErrors(
      { 403: { owner_only: "a" }, 409: { accounts_off: "b" } },
      standardErrors({ method: "post" }),
    );
    expect(Object.keys(merged[403] ?? {})).toEqual(["owner_only", "cross_site_request"]);
    expect(Object.keys(merged).sort()).toEqual(["401", "403", "409"]);
  });
});

describe("error responses", () => {
  it("fix the codes in an enum and carry the headers their status needs", () => {
    const responses = errorResponses({ 401: { unauthenticated: "x" }, 429: { rate_limited: "y" }, 404: { a: "z" } });
    expect(responses["401"]?.headers).toHaveProperty("WWW-Authenticate");
    expect(responses["429"]?.headers).toHaveProperty("Retry-After");
    expect(responses["404"]?.headers).toBeUndefined();
    expect(JSON.stringify(responses["404"])).toContain('"enum":["a"]');
  });

  it("describe better-auth's errors with its own body, code at the top", () => {
    const response = authErrorResponses({ 401: { INVALID_EMAIL_OR_PASSWORD: "x" } })["401"];
    const schema = JSON.parse(JSON.stringify(response)).content["application/json"].schema;
    expect(schema.$ref).toBe("#/components/schemas/AuthError");
    expect(schema.properties.code.enum).toEqual(["INVALID_EMAIL_OR_PASSWORD"]);
    expect(response?.headers).toBeUndefined();
    expect(authErrorResponses({ 429: { rate_limited: "x" } })["429"]?.headers).toHaveProperty("Retry-After");
  });

  it("refuse a status without a code", () => {
    expect(() => errorResponses({ 404: {} })).toThrow(/lists no code/);
  });
});

describe("securityOf", () => {
  it("opens public operations, narrows session ones and leaves the rest to the document's", () => {
    expect(securityOf("public")).toEqual([]);
    expect(securityOf("session")).toEqual([{ session: [] }]);
    expect(securityOf("credentials")).toBeUndefined();
  });
});
