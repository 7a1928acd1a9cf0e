import { z } from "zod";
import { ref, type SchemaName } from "@/lib/openapi/components";

/** The small vocabulary `paths.ts` is written in; each helper returns plain OpenAPI objects. */

export type JsonObject = Record<string, unknown>;

export const tags = [
  { name: "jobs", description: "Upload screenshots; each becomes a job. Read, list and delete jobs." },
  { name: "events", description: "Follow a job live over Server-Sent Events." },
  { name: "review", description: "Correct and accept a job's result; export results as JSON or CSV." },
  {
    name: "accounts",
    description:
      "Who is signed in, the first-run setup, invitations; and better-auth's own endpoints under `/api/auth` " +
      "(sign in and out, sessions, API keys).",
  },
  { name: "server", description: "The server's capabilities, health and this document." },
] as const;
export type Tag = (typeof tags)[number]["name"];

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** One operation of the API. `paths.ts` lists them; the builder groups them by path. */
export interface Operation {
  method: HttpMethod;
  /** OpenAPI path template: `/api/jobs/{id}/image`. */
  path: `/api/${string}`;
  operationId: string;
  tags: Tag[];
  summary: string;
  description?: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  /** By status code. A `500` (the generic internal error) is added unless `internalError: false`. */
  responses: Record<string, JsonObject>;
  /** False for a handler that does not go through `route()` and cannot answer the JSON 500. */
  internalError?: boolean;
  /**
   * Who may call it. `credentials` (the default): a session cookie or a bearer key, else 401;
   * `session`: a session cookie only (better-auth's account endpoints); `public`: anyone.
   */
  access?: Access;
  /**
   * The app's error codes by status (`{ 404: { job_not_found: "…" } }`); the builder adds the ones
   * every operation of its kind can answer (`standardErrors`) and turns them into responses.
   */
  errors?: ErrorCodes;
  /**
   * `better-auth` for the endpoints better-auth answers itself (`/api/auth/…`): their errors are
   * its `{code, message}` (`authErrorResponses`), and the app's own checks do not apply.
   */
  servedBy?: "app" | "better-auth";
}

export type Access = "credentials" | "session" | "public";

/** Error codes and what they mean, by HTTP status. */
export type ErrorCodes = Record<number, Record<string, string>>;

/** `components.securitySchemes`: how a request proves who sends it (docs/openapi.md). */
export const securitySchemes = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: "sukusho.session_token",
    description:
      "The session cookie that signing in sets (`POST /api/auth/sign-in/email`, or the first-run setup and an " +
      "accepted invitation). HttpOnly and SameSite=Lax; named `__Secure-sukusho.session_token` when `APP_URL` " +
      "is https.",
  },
  bearer: {
    type: "http",
    scheme: "bearer",
    description:
      "`Authorization: Bearer <key>`: a user's API key (`sk_sukusho_…`, from `POST /api/auth/api-key/create`) or " +
      "the server's `SUKUSHO_API_TOKEN` (acts as the owner). A key that does not work is 401 `invalid_api_key`.",
  },
} as const satisfies Record<string, JsonObject>;

/** The `security` of an operation with this access; undefined keeps the document's (either scheme). */
export function securityOf(access: Access): JsonObject[] | undefined {
  if (access === "public") return [];
  if (access === "session") return [{ session: [] }];
  return undefined;
}

/**
 * The errors every operation of its kind can answer, from the checks `route()` and
 * `readJsonBody()` make before a handler's own: 401 without credentials, 403 for a browser on
 * another site changing something, 415 for a JSON body not sent as JSON.
 */
export function standardErrors(operation: Pick<Operation, "method" | "access" | "requestBody">): ErrorCodes {
  const errors: ErrorCodes = {};
  if ((operation.access ?? "credentials") !== "public") {
    errors[401] = {
      unauthenticated: "No credentials: sign in (the session cookie) or send `Authorization: Bearer <key>`.",
      invalid_api_key: "The bearer key is not valid: revoked, expired or mistyped.",
    };
  }
  if (operation.method !== "get") {
    errors[403] = {
      cross_site_request:
        "A browser on another site sent it (`Sec-Fetch-Site`, else `Origin`, is not this server or a trusted origin).",
    };
  }
  const content = (operation.requestBody?.content ?? {}) as JsonObject;
  if ("application/json" in content) {
    errors[415] = { unsupported_media_type: "The body was not sent as `Content-Type: application/json`." };
  }
  return errors;
}

/** Both lists in one: the codes of a status the two share are joined, the operation's first. */
export function mergeErrors(own: ErrorCodes, standard: ErrorCodes): ErrorCodes {
  const merged: ErrorCodes = {};
  for (const status of new Set([...Object.keys(own), ...Object.keys(standard)].map(Number))) {
    merged[status] = { ...own[status], ...standard[status] };
  }
  return merged;
}

/** Shared parameters, as `components.parameters`; use them with `parameterRef`. */
export const parameterComponents = {
  JobId: {
    name: "id",
    in: "path",
    required: true,
    description: "The job's id, as `POST /api/jobs` returned it.",
    schema: { type: "string" },
  },
  InvitationId: {
    name: "id",
    in: "path",
    required: true,
    description: "The invitation's id, as `GET /api/invitations` lists it.",
    schema: { type: "string" },
  },
} as const satisfies Record<string, JsonObject & { name: string; in: string }>;

export function parameterRef(name: keyof typeof parameterComponents): JsonObject {
  return { $ref: `#/components/parameters/${name}` };
}

/** Shared responses, as `components.responses`. */
export const responseComponents = {
  InternalError: {
    description: "Something went wrong on the server's side (`internal_error`); the details are only in its log.",
    content: {
      "application/json": {
        schema: { ...ref("Error"), properties: { error: { properties: { code: { const: "internal_error" } } } } },
      },
    },
  },
} as const satisfies Record<string, JsonObject>;

/** A JSON response whose body is the named schema component. */
export function jsonResponse(description: string, schema: SchemaName, headers?: Record<string, JsonObject>) {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { "application/json": { schema: ref(schema) } },
  };
}

/** A response without a body (204). */
export function emptyResponse(description: string): JsonObject {
  return { description };
}

/** A response header whose value is a string. */
export function header(description: string, schema: JsonObject = { type: "string" }): JsonObject {
  return { description, schema };
}

/** Headers an error status of the app always carries, whatever its code. */
const errorHeaders: Record<string, Record<string, JsonObject>> = {
  "401": { "WWW-Authenticate": header('`Bearer realm="sukusho"`: send a bearer key (or sign in).') },
  "429": { "Retry-After": header("Seconds to wait before sending again.", { type: "integer", minimum: 1 }) },
};

/**
 * Error responses by status, each with its codes and what they mean: `{ 404: { job_not_found:
 * "There is no job with this id." } }`. The codes are listed in the description and fixed in the
 * schema (an `enum` on `error.code`), so the API tests catch a code the document does not list.
 */
export function errorResponses(byStatus: ErrorCodes): Record<string, JsonObject> {
  return describeErrors(byStatus, errorHeaders, (names) => ({
    ...ref("Error"),
    properties: { error: { properties: { code: { enum: names } } } },
  }));
}

/**
 * better-auth's error responses (`/api/auth/…`), whose body is its own `{code, message}`
 * (`AuthError`) rather than the app's `{error: …}`; codes as better-auth spells them.
 */
export function authErrorResponses(byStatus: ErrorCodes): Record<string, JsonObject> {
  // better-auth sends no challenge with its 401s; Sukusho's sign-in limit gives its 429 the Retry-After.
  const headers = { "429": errorHeaders["429"] as Record<string, JsonObject> };
  return describeErrors(byStatus, headers, (names) => ({
    ...ref("AuthError"),
    properties: { code: { enum: names } },
  }));
}

function describeErrors(
  byStatus: ErrorCodes,
  headersByStatus: Record<string, Record<string, JsonObject>>,
  schema: (codes: string[]) => JsonObject,
): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [status, codes] of Object.entries(byStatus)) {
    const names = Object.keys(codes);
    if (names.length === 0) throw new Error(`error response ${status} lists no code`);
    const headers = headersByStatus[status];
    out[status] = {
      description: names.map((code) => `\`${code}\`: ${codes[code]}`).join("\n\n"),
      ...(headers ? { headers } : {}),
      content: { "application/json": { schema: schema(names) } },
    };
  }
  return out;
}

/**
 * Query parameters from a zod object of the route's own query schema (as a client sends them:
 * `io: "input"`). `descriptions` must describe every key.
 */
export function queryParameters<T extends z.ZodObject>(
  schema: T,
  descriptions: Record<keyof T["shape"] & string, string>,
): JsonObject[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" }) as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    description: descriptions[name as keyof T["shape"] & string],
    schema: property,
  }));
}
