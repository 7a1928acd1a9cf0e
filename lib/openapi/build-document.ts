import { buildSchemaComponents } from "@/lib/openapi/components";
import {
  errorResponses,
  type JsonObject,
  mergeErrors,
  parameterComponents,
  responseComponents,
  securityOf,
  securitySchemes,
  standardErrors,
  tags,
} from "@/lib/openapi/helpers";
import { operations } from "@/lib/openapi/paths";
import packageJson from "@/package.json";

/**
 * The OpenAPI 3.2 document of Sukusho's HTTP API, built from the zod schemas the code uses
 * (`components.ts`) and the operation list (`paths.ts`). Deterministic: the same code gives the
 * same document, key for key, so it is committed as `openapi/openapi.json` and a test compares.
 */
export function buildOpenApiDocument(): JsonObject {
  const schemas = buildSchemaComponents();
  const paths: Record<string, Record<string, JsonObject>> = {};
  const operationIds = new Set<string>();
  for (const operation of operations) {
    const {
      method,
      path,
      internalError = true,
      responses,
      access = "credentials",
      errors = {},
      servedBy = "app",
      ...rest
    } = operation;
    if (operationIds.has(rest.operationId)) throw new Error(`operationId ${rest.operationId} is used twice`);
    operationIds.add(rest.operationId);
    checkPathParameters(operation);
    const item = paths[path] ?? {};
    paths[path] = item;
    if (item[method]) throw new Error(`${method.toUpperCase()} ${path} is listed twice`);
    if (servedBy === "better-auth" && Object.keys(errors).length > 0) {
      throw new Error(`${method.toUpperCase()} ${path}: better-auth's errors go in responses (authErrorResponses)`);
    }
    // The app's own checks (401, 403 cross-site, 415) run in route(); better-auth makes its own.
    const appErrors = servedBy === "app" ? mergeErrors(errors, standardErrors(operation)) : {};
    const security = securityOf(access);
    item[method] = {
      ...rest,
      ...(security ? { security } : {}),
      responses: {
        ...responses,
        ...errorResponses(appErrors),
        ...(internalError ? { "500": { $ref: "#/components/responses/InternalError" } } : {}),
      },
    };
  }

  const document = {
    openapi: "3.2.0",
    info: {
      title: "Sukusho",
      version: packageJson.version,
      summary: "Screenshots to structured data, live.",
      description:
        "Upload screenshots of payments, receipts or transaction lists; each becomes a job that is checked, " +
        "read (OCR), extracted (local rules or an LLM) and verified. Follow a job live over Server-Sent Events " +
        "(`GET /api/jobs/{id}/events`): every event is described by the `itemSchema` of that response, one " +
        "`oneOf` entry per event type, whose `data` is JSON described by `contentSchema`.\n\n" +
        "Authentication: with accounts (the default), every operation needs a session cookie (`session`) or an " +
        "API key (`bearer`) unless it says `security: []`; without them 401 `unauthenticated`. Each user sees " +
        "only their own jobs: another user's job is 404 `job_not_found`, never 403. A server in open mode " +
        "(`AUTH=none`, one trusted machine) asks for nothing. State-changing requests from a browser on another " +
        "site are 403 `cross_site_request`; JSON bodies need `Content-Type: application/json` (415).\n\n" +
        "Generated from the zod schemas the server uses (`lib/openapi/`); do not edit `openapi/openapi.json` by hand.",
    },
    servers: [{ url: "/", description: "The server that serves this document." }],
    tags: tags.map((tag) => ({ ...tag })),
    security: [{ session: [] }, { bearer: [] }],
    paths,
    components: {
      schemas,
      responses: responseComponents,
      parameters: parameterComponents,
      securitySchemes,
    },
  };
  checkReferences(document);
  // A plain JSON value: what is served is exactly what is committed.
  return JSON.parse(JSON.stringify(document)) as JsonObject;
}

/** Every `{name}` in a path has a path parameter of that name, and no other path parameter is declared. */
function checkPathParameters(operation: { method: string; path: string; parameters?: JsonObject[] }): void {
  const inPath = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string).sort();
  const declared = (operation.parameters ?? [])
    .map((parameter) => {
      const target = typeof parameter.$ref === "string" ? resolveParameter(parameter.$ref) : parameter;
      return target.in === "path" ? String(target.name) : null;
    })
    .filter((name): name is string => name !== null)
    .sort();
  if (inPath.join() !== declared.join()) {
    throw new Error(
      `${operation.method.toUpperCase()} ${operation.path}: path parameters [${declared}] do not match [${inPath}]`,
    );
  }
}

function resolveParameter(reference: string): JsonObject {
  const name = reference.replace("#/components/parameters/", "");
  const parameter = (parameterComponents as Record<string, JsonObject>)[name];
  if (!parameter) throw new Error(`unknown parameter ${reference}`);
  return parameter;
}

/** Every local `$ref` points at something in the document (a typo fails the build, not a client). */
function checkReferences(document: object): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") {
        if (!child.startsWith("#/")) throw new Error(`$ref ${child} is not local`);
        let target: unknown = document;
        for (const token of child.slice(2).split("/")) {
          const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
          target =
            typeof target === "object" && target !== null ? (target as Record<string, unknown>)[name] : undefined;
        }
        if (target === undefined) throw new Error(`$ref ${child} points at nothing`);
      } else {
        visit(child);
      }
    }
  };
  visit(document);
}
