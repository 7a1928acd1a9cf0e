import { z } from "zod";
import { ref, type SchemaName } from "@/lib/openapi/components";

/** The small vocabulary `paths.ts` is written in; each helper returns plain OpenAPI objects. */

export type JsonObject = Record<string, unknown>;

export const tags = [
  { name: "jobs", description: "Upload screenshots; each becomes a job. Read, list and delete jobs." },
  { name: "events", description: "Follow a job live over Server-Sent Events." },
  { name: "review", description: "Correct and accept a job's result; export results as JSON or CSV." },
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

/**
 * Error responses by status, each with its codes and what they mean: `{ 404: { job_not_found:
 * "There is no job with this id." } }`. The codes are listed in the description and fixed in the
 * schema (an `enum` on `error.code`), so the API tests catch a code the document does not list.
 */
export function errorResponses(byStatus: Record<number, Record<string, string>>): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [status, codes] of Object.entries(byStatus)) {
    const names = Object.keys(codes);
    if (names.length === 0) throw new Error(`error response ${status} lists no code`);
    out[status] = {
      description: names.map((code) => `\`${code}\`: ${codes[code]}`).join("\n\n"),
      content: {
        "application/json": {
          schema: { ...ref("Error"), properties: { error: { properties: { code: { enum: names } } } } },
        },
      },
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
