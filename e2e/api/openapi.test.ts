import fs from "node:fs";
import path from "node:path";
import { registerSchema, type Validator, validate } from "@hyperjump/json-schema/openapi-3-2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventTypes } from "@/lib/events/schema";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { type ParsedEvent, SseParser } from "@/lib/sse/parse";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

/**
 * The OpenAPI document against the code: the committed file is what the code builds, it is
 * valid OpenAPI 3.2 for a real 3.2 validator (@hyperjump/json-schema: the OAS 3.2 schema and its
 * JSON Schema dialect, so every Schema Object is checked too), it covers every route handler
 * and every event type, and the running app's responses and events fit it.
 */

// biome-ignore lint/suspicious/noExplicitAny: documents and bodies are arbitrary JSON.
type Json = any;

const root = path.resolve(import.meta.dirname, "..", "..");
const OAS_32 = "https://spec.openapis.org/oas/3.2/schema-base";
/** Where the built document is registered for the validator; never fetched. */
const DOC_URI = "https://sukusho.invalid/openapi.json";
const EVENTS_PATH = "/api/jobs/{id}/events";

const document: Json = buildOpenApiDocument();
registerSchema(structuredClone(document), DOC_URI, OAS_32);

/** A JSON pointer as a URI fragment into the registered document. */
function pointer(...tokens: string[]): string {
  return `${DOC_URI}#/${tokens.map((token) => encodeURIComponent(token.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/")}`;
}

function at(value: Json, tokens: string[]): Json {
  return tokens.reduce((node, token) => node?.[token], value);
}

/** Follows a Reference Object or a `$ref`-only schema (a schema with a `$ref` beside other keywords is kept). */
function deref(value: Json): Json {
  if (typeof value?.$ref !== "string") return value;
  if (Object.keys(value).some((key) => !["$ref", "summary", "description"].includes(key))) return value;
  return deref(at(document, value.$ref.slice(2).split("/")));
}

const compiled = new Map<string, Validator>();
async function validator(uri: string): Promise<Validator> {
  let compiledValidator = compiled.get(uri);
  if (!compiledValidator) {
    compiledValidator = await validate(uri);
    compiled.set(uri, compiledValidator);
  }
  return compiledValidator;
}

/** Validates a value against the schema at `uri`; fails the test with the validator's errors. */
async function expectValid(uri: string, value: unknown, what: string): Promise<void> {
  const output = (await validator(uri))(value as Json, "BASIC");
  if (!output.valid) {
    const errors = (output.errors ?? []).map((error) => `${error.instanceLocation} ${error.absoluteKeywordLocation}`);
    expect.fail(`${what} does not fit ${uri}:\n${errors.join("\n")}\n${JSON.stringify(value).slice(0, 2000)}`);
  }
}

/**
 * Checks a live response against the document: its status is documented for the operation,
 * its content type is one the response lists, a JSON body fits that schema, every documented
 * header is there, and a response documented without content has no body. Returns the body.
 */
async function expectDocumented(response: Response, method: string, template: string): Promise<Json> {
  const operation = document.paths[template]?.[method];
  expect(operation, `${method.toUpperCase()} ${template} is documented`).toBeDefined();
  const status = String(response.status);
  const text = await response.text();
  expect(
    operation.responses[status],
    `${status} is documented for ${method.toUpperCase()} ${template}: ${text}`,
  ).toBeDefined();
  const described = deref(operation.responses[status]);
  for (const name of Object.keys(described.headers ?? {})) {
    expect(response.headers.get(name), `header ${name} of ${status}`).not.toBeNull();
  }
  if (!described.content) {
    expect(text, `${status} has no body`).toBe("");
    return null;
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  expect(Object.keys(described.content), `content type of ${status}`).toContain(mediaType);
  if (mediaType !== "application/json") return text;
  const body = JSON.parse(text);
  const responsePointer = operation.responses[status].$ref
    ? [...operation.responses[status].$ref.slice(2).split("/"), "content", mediaType, "schema"]
    : ["paths", template, method, "responses", status, "content", mediaType, "schema"];
  await expectValid(pointer(...responsePointer), body, `${method.toUpperCase()} ${template} ${status}`);
  return body;
}

describe("the document", () => {
  it("is the committed openapi/openapi.json (regenerate: npx tsx lib/openapi/write-document.ts)", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(root, "openapi/openapi.json"), "utf8"));
    expect(committed).toEqual(document);
    // Same keys in the same order too: the committed file is byte-for-byte what the script writes.
    expect(JSON.stringify(committed) === JSON.stringify(document), "key order differs: regenerate").toBe(true);
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(document));
  });

  it("describes a receipt's address, subtotal, tax and rounding, always sent, and refuses a receipt without them", async () => {
    const receipt = deref(document.components.schemas.Receipt);
    expect(receipt.properties.address.$ref).toBe("#/components/schemas/StringField");
    for (const name of ["subtotal", "tax", "rounding"]) {
      expect(receipt.properties[name].$ref, name).toBe("#/components/schemas/NumberField");
    }
    expect(receipt.required).toEqual(expect.arrayContaining(["address", "subtotal", "tax", "rounding"]));
    const field = (value: string | number | null) => ({ value, text: null, box: null, confidence: 0.5, seen: false });
    const full = {
      kind: "receipt",
      merchant: field("Shop"),
      address: field("1-2-3 Jinnan, Shibuya"),
      date: field("2026-10-03"),
      time: field(null),
      subtotal: field(984),
      tax: field(78),
      rounding: field(-2),
      total: field(1060),
      currency: field("JPY"),
      paymentMethod: field(null),
      reference: field(null),
      items: [],
    };
    const check = await validator(pointer("components", "schemas", "Receipt"));
    expect(check(full, "BASIC").valid).toBe(true);
    const { tax: _tax, ...withoutTax } = full;
    expect(check(withoutTax, "BASIC").valid).toBe(false);
  });

  it("is valid OpenAPI 3.2, Schema Objects included", async () => {
    expect(document.openapi).toMatch(/^3\.2\.\d+$/);
    const output = await validate(OAS_32, document, "BASIC");
    expect(output.valid ? [] : output.errors).toEqual([]);
    expect(output.valid).toBe(true);
  });

  it("is checked for real: the validator rejects a broken Schema Object and an unknown field", async () => {
    const badSchema = structuredClone(document);
    badSchema.components.schemas.JobSnapshot.type = "record";
    expect((await validate(OAS_32, badSchema)).valid).toBe(false);
    const badField = structuredClone(document);
    badField.paths[EVENTS_PATH].get.responses["200"].content["text/event-stream"].itemSchemas = {};
    expect((await validate(OAS_32, badField)).valid).toBe(false);
  });

  it("describes every event type exactly once in the stream's itemSchema", () => {
    const media = document.paths[EVENTS_PATH].get.responses["200"].content["text/event-stream"];
    expect(media.schema).toBeUndefined();
    const item = deref(media.itemSchema);
    const described = item.oneOf.map((entry: Json) => entry.properties.event.const);
    expect([...described].sort()).toEqual([...eventTypes].sort());
    expect(new Set(described).size).toBe(described.length);
    for (const entry of item.oneOf) {
      expect(entry.properties.data.contentMediaType).toBe("application/json");
      expect(deref(entry.properties.data.contentSchema), entry.properties.event.const).toBeTypeOf("object");
    }
    expect(item.required).toEqual(expect.arrayContaining(["id", "event", "data"]));
  });

  it("documents every route handler under app/api, and nothing else", () => {
    const handlers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const urlPath = `/${path.relative(path.join(root, "app"), dir).split(path.sep).join("/")}`.replace(
            /\[([^\]]+)\]/g,
            "{$1}",
          );
          const source = fs.readFileSync(full, "utf8");
          for (const match of source.matchAll(
            /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g,
          )) {
            handlers.push(`${match[1]} ${urlPath}`);
          }
        }
      }
    };
    walk(path.join(root, "app/api"));
    // A catch-all handler (`[...all]`) serves every documented path under its folder: better-auth's
    // endpoints under /api/auth. The accounts test below calls each of them on a running app.
    const catchAll = /\{\.\.\.[^}]+\}$/;
    const catchAlls = handlers.map((handler) => handler.split(" ")[1] as string).filter((p) => catchAll.test(p));
    const servedBy = (urlPath: string) =>
      catchAlls.find((template) => urlPath.startsWith(template.replace(catchAll, ""))) ?? urlPath;
    const documented = Object.entries(document.paths).flatMap(([urlPath, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${servedBy(urlPath)}`),
    );
    expect([...new Set(documented)].sort()).toEqual(handlers.sort());
  });

  it("needs credentials everywhere but on the public operations, and says what 401 means", () => {
    expect(document.components.securitySchemes.session).toMatchObject({ in: "cookie", name: "sukusho.session_token" });
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.security).toEqual([{ session: [] }, { bearer: [] }]);
    const operations = Object.entries(document.paths).flatMap(([urlPath, item]) =>
      Object.entries(item as Record<string, Json>).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${urlPath}`,
        operation,
      })),
    );
    const publicOnes = operations.filter(({ operation }) => operation.security?.length === 0).map(({ name }) => name);
    expect(publicOnes.sort()).toEqual(
      [
        "GET /api/health",
        "GET /api/openapi.json",
        "GET /api/account/setup",
        "POST /api/account/setup",
        "POST /api/invitations/accept",
        "POST /api/auth/sign-in/email",
        "POST /api/auth/sign-out",
      ].sort(),
    );
    for (const { name, operation } of operations) {
      if (operation.security) continue;
      // The app's own operations: 401 with both codes and the challenge header.
      const unauthorized = deref(operation.responses["401"]);
      expect(unauthorized?.headers?.["WWW-Authenticate"], name).toBeDefined();
      const schema = unauthorized.content["application/json"].schema;
      expect(schema.properties.error.properties.code.enum, name).toEqual(["unauthenticated", "invalid_api_key"]);
      if (!name.startsWith("GET ")) expect(operation.responses["403"]?.description, name).toMatch(/cross_site_request/);
    }
  });

  it("tells events apart: the itemSchema rejects an unknown type, and contentSchema bad data", async () => {
    const item = pointer("components", "schemas", "JobEvent");
    const ok = { id: "3", event: "step.progress", data: JSON.stringify({ step: "ocr", progress: 0.5 }) };
    await expectValid(item, ok, "a step.progress event");
    expect((await validator(item))({ ...ok, event: "step.paused" }).valid).toBe(false);
    expect((await validator(item))({ ...ok, id: "0" }).valid).toBe(false);
    const index = deref(document.components.schemas.JobEvent).oneOf.findIndex(
      (entry: Json) => entry.properties.event.const === "step.progress",
    );
    const data = pointer(
      "components",
      "schemas",
      "JobEvent",
      "oneOf",
      String(index),
      "properties",
      "data",
      "contentSchema",
    );
    expect((await validator(data))({ step: "ocr", progress: 0.5 }).valid).toBe(true);
    expect((await validator(data))({ step: "ocr", progress: 2 }).valid).toBe(false);
    expect((await validator(data))({ step: "scan", progress: 0.5 }).valid).toBe(false);
  });
});

describe("the running app answers as documented", () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Reads a whole event stream as the OpenAPI model of `text/event-stream` sees it: parsed events. */
  async function readEvents(url: string): Promise<{ response: Response; events: ParsedEvent[] }> {
    const response = await fetch(url, {
      headers: { Accept: "text/event-stream" },
      signal: AbortSignal.timeout(60_000),
    });
    const events: ParsedEvent[] = [];
    const parser = new SseParser({ onEvent: (event) => events.push(event) });
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      parser.feed(chunk.value);
    }
    parser.end();
    return { response, events };
  }

  it("an upload, its event stream, the job, the list, the image and the thumbnail", async () => {
    const created = await fetch(`${app.url}/api/jobs`, {
      method: "POST",
      body: (() => {
        const form = new FormData();
        form.append("file", new Blob([new Uint8Array(fixture("en-payment-small"))], { type: "image/png" }), "pay.png");
        return form;
      })(),
    });
    expect(created.status).toBe(202);
    const { jobs } = await expectDocumented(created, "post", "/api/jobs");
    const job = jobs[0];

    // The stream: every event, as parsed, fits the itemSchema, and its data the contentSchema
    // of its type's entry.
    const { response, events } = await readEvents(app.url + job.links.events);
    expect(response.status).toBe(200);
    expect(Object.keys(document.paths[EVENTS_PATH].get.responses["200"].content)).toContain(
      response.headers.get("content-type")?.split(";")[0],
    );
    expect(events.length).toBeGreaterThan(5);
    expect(events.at(-1)?.event).toBe("job.done");
    const entries: Json[] = deref(document.components.schemas.JobEvent).oneOf;
    const item = pointer("paths", EVENTS_PATH, "get", "responses", "200", "content", "text/event-stream", "itemSchema");
    for (const event of events) {
      const raw = { id: event.id, event: event.event, data: event.data };
      await expectValid(item, raw, `event ${event.id} (${event.event})`);
      const index = entries.findIndex((entry) => entry.properties.event.const === event.event);
      expect(entries[index].properties.data.contentMediaType).toBe("application/json");
      const contentSchema = pointer(
        "components",
        "schemas",
        "JobEvent",
        "oneOf",
        String(index),
        "properties",
        "data",
        "contentSchema",
      );
      await expectValid(contentSchema, JSON.parse(event.data), `the data of event ${event.id} (${event.event})`);
    }

    const snapshot = await expectDocumented(await fetch(app.url + job.links.self), "get", "/api/jobs/{id}");
    expect(snapshot.status).toBe("succeeded");
    await expectDocumented(await fetch(`${app.url}/api/jobs?limit=5`), "get", "/api/jobs");
    await expectDocumented(await fetch(`${app.url}/api/jobs?q=pay`), "get", "/api/jobs");
    await expectDocumented(await fetch(app.url + job.links.image), "get", "/api/jobs/{id}/image");
    await expectDocumented(await fetch(`${app.url}/api/jobs/${job.id}/thumbnail`), "get", "/api/jobs/{id}/thumbnail");
    // Nothing left after the last event: 204 without a body.
    const after = await fetch(app.url + job.links.events, { headers: { "Last-Event-ID": String(events.length) } });
    expect(after.status).toBe(204);
    await expectDocumented(after, "get", EVENTS_PATH);
    const badId = await fetch(app.url + job.links.events, { headers: { "Last-Event-ID": "seven" } });
    expect(badId.status).toBe(400);
    expect((await expectDocumented(badId, "get", EVENTS_PATH)).error.code).toBe("invalid_last_event_id");

    // Review: correct, revert, accept, export.
    const corrections = `${app.url}/api/jobs/${job.id}/corrections`;
    const put = (body: unknown) =>
      fetch(corrections, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const corrected = await expectDocumented(
      await put({ path: "total", value: 1234 }),
      "put",
      "/api/jobs/{id}/corrections",
    );
    expect(corrected.corrections.total.value).toBe(1234);
    const refused = await put({ path: "no.such.field", value: 1 });
    expect(refused.status).toBe(422);
    expect((await expectDocumented(refused, "put", "/api/jobs/{id}/corrections")).error.code).toBe(
      "invalid_correction",
    );
    const asText = await fetch(corrections, {
      method: "PUT",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ path: "total", value: 1 }),
    });
    expect(asText.status).toBe(415);
    expect((await expectDocumented(asText, "put", "/api/jobs/{id}/corrections")).error.code).toBe(
      "unsupported_media_type",
    );
    await expectDocumented(
      await fetch(`${corrections}?path=total`, { method: "DELETE" }),
      "delete",
      "/api/jobs/{id}/corrections",
    );
    const accepted = await expectDocumented(
      await fetch(`${app.url}/api/jobs/${job.id}/accept`, { method: "POST" }),
      "post",
      "/api/jobs/{id}/accept",
    );
    expect(accepted.acceptedAt).not.toBeNull();
    const exported = await expectDocumented(
      await fetch(`${app.url}/api/jobs/${job.id}/export`),
      "get",
      "/api/jobs/{id}/export",
    );
    expect(exported.jobs).toHaveLength(1);
    const csv = await fetch(`${app.url}/api/export?ids=${job.id}&format=csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    await expectDocumented(csv, "get", "/api/export");
    await expectDocumented(await fetch(`${app.url}/api/export?ids=${job.id}`), "get", "/api/export");

    // Deleted: 204 without a body, then 404.
    await expectDocumented(await fetch(app.url + job.links.self, { method: "DELETE" }), "delete", "/api/jobs/{id}");
    const gone = await fetch(app.url + job.links.self, { method: "DELETE" });
    expect(gone.status).toBe(404);
    await expectDocumented(gone, "delete", "/api/jobs/{id}");
  });

  it("the server's configuration, health and this document", async () => {
    await expectDocumented(await fetch(`${app.url}/api/config`), "get", "/api/config");
    await expectDocumented(await fetch(`${app.url}/api/health`), "get", "/api/health");
    const served = await fetch(`${app.url}/api/openapi.json`);
    expect(served.status).toBe(200);
    expect(await expectDocumented(served, "get", "/api/openapi.json")).toEqual(document);
  });

  it("error bodies and their codes", async () => {
    const expectError = async (response: Response, method: string, template: string, status: number, code: string) => {
      expect(response.status).toBe(status);
      const body = await expectDocumented(response, method, template);
      expect(body.error.code).toBe(code);
    };
    await expectError(await fetch(`${app.url}/api/jobs/no-such-job`), "get", "/api/jobs/{id}", 404, "job_not_found");
    await expectError(await fetch(`${app.url}/api/jobs?limit=0`), "get", "/api/jobs", 422, "invalid_request");
    await expectError(
      await fetch(`${app.url}/api/jobs`, {
        method: "POST",
        body: "{}",
        headers: { "Content-Type": "application/json" },
      }),
      "post",
      "/api/jobs",
      415,
      "invalid_form",
    );
    const text = await upload(app.url, [{ name: "notes.png", bytes: Buffer.from("just text, not an image\n") }]);
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe("unsupported_type");
    await expectValid(
      pointer("paths", "/api/jobs", "post", "responses", "415", "content", "application/json", "schema"),
      text.body,
      "the 415 of a text file",
    );
    await expectError(await fetch(`${app.url}/api/export?ids=no-such-job`), "get", "/api/export", 404, "job_not_found");
    // Open mode (AUTH=none): nobody signs in, and there is nobody to invite.
    expect(await expectDocumented(await fetch(`${app.url}/api/account`), "get", "/api/account")).toEqual({
      mode: "open",
      user: null,
    });
    await expectError(await fetch(`${app.url}/api/invitations`), "get", "/api/invitations", 409, "accounts_off");
  });
});

describe("a server with accounts answers as documented", () => {
  let app: AppServer;
  /** A JSON POST as the app's own page sends it: better-auth wants the Origin (Node's fetch sends Sec-Fetch-Mode). */
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: app.url, ...headers },
    body: JSON.stringify(body),
  });
  /** The session cookie of a sign-in or sign-up answer, as a request header. */
  const cookieOf = (response: Response) => ({
    Cookie: response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; "),
  });

  beforeAll(async () => {
    app = await startApp({ env: { AUTH: "accounts", RATE_LIMIT_SIGNINS_PER_ACCOUNT: "3" } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("answers every operation that needs credentials with the documented 401", async () => {
    const placeholder = "00000000-0000-4000-8000-000000000000";
    for (const [template, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
        if ((operation as Json).security?.length === 0) continue;
        const url = app.url + template.replace(/\{[^}]+\}/g, placeholder);
        const query = template.endsWith("/corrections")
          ? "?path=total"
          : template === "/api/export"
            ? `?ids=${placeholder}`
            : "";
        // better-auth reads a POST's JSON before its session check; the app checks credentials first.
        const response = await fetch(
          url + query,
          template.startsWith("/api/auth/") && method === "post"
            ? json({ keyId: "none" })
            : { method: method.toUpperCase() },
        );
        expect([method, template, response.status]).toEqual([method, template, 401]);
        await expectDocumented(response, method, template);
      }
    }
    const badKey = await fetch(`${app.url}/api/jobs`, { headers: { Authorization: "Bearer sk_sukusho_not-a-key" } });
    expect(badKey.status).toBe(401);
    expect((await expectDocumented(badKey, "get", "/api/jobs")).error.code).toBe("invalid_api_key");
  });

  it("the first run, invitations, sign-in, API keys and signing out", async () => {
    const setup = `${app.url}/api/account/setup`;
    expect((await expectDocumented(await fetch(setup), "get", "/api/account/setup")).needsOwner).toBe(true);
    const hana = { name: "Hana", email: "hana@example.com", password: "owner pass 1" };
    const asText = await fetch(setup, { ...json(hana), headers: { "Content-Type": "text/plain" } });
    expect(asText.status).toBe(415);
    await expectDocumented(asText, "post", "/api/account/setup");
    const crossSite = await fetch(setup, json(hana, { Origin: "https://elsewhere.example" }));
    expect(crossSite.status).toBe(403);
    expect((await expectDocumented(crossSite, "post", "/api/account/setup")).error.code).toBe("cross_site_request");
    const created = await fetch(setup, json(hana));
    expect(created.status).toBe(201);
    const owner = cookieOf(created);
    await expectDocumented(created, "post", "/api/account/setup");
    const again = await fetch(setup, json({ ...hana, email: "eve@example.com" }));
    expect((await expectDocumented(again, "post", "/api/account/setup")).error.code).toBe("owner_exists");
    const me = await expectDocumented(await fetch(`${app.url}/api/account`, { headers: owner }), "get", "/api/account");
    expect(me).toMatchObject({ mode: "accounts", via: "session", user: { role: "owner" } });

    // Invitations: create, list, withdraw, accept, a used link.
    const invitations = `${app.url}/api/invitations`;
    const invite = async () => {
      const response = await fetch(invitations, { method: "POST", headers: owner });
      expect(response.status).toBe(201);
      return expectDocumented(response, "post", "/api/invitations");
    };
    const withdrawn = await invite();
    const listed = await expectDocumented(await fetch(invitations, { headers: owner }), "get", "/api/invitations");
    expect(listed.invitations.map((invitation: Json) => invitation.id)).toContain(withdrawn.id);
    const revoke = () => fetch(`${invitations}/${withdrawn.id}`, { method: "DELETE", headers: owner });
    await expectDocumented(await revoke(), "delete", "/api/invitations/{id}");
    const gone = await revoke();
    expect(gone.status).toBe(404);
    await expectDocumented(gone, "delete", "/api/invitations/{id}");
    const { token } = await invite();
    const ken = { token, name: "Ken", email: "ken@example.com", password: "member pass 1" };
    const accept = (body: unknown) => fetch(`${app.url}/api/invitations/accept`, json(body));
    const invalid = await accept({ ...ken, password: "short" });
    expect(invalid.status).toBe(422);
    await expectDocumented(invalid, "post", "/api/invitations/accept");
    const accepted = await accept(ken);
    expect(accepted.status).toBe(201);
    const member = cookieOf(accepted);
    await expectDocumented(accepted, "post", "/api/invitations/accept");
    const reused = await accept({ ...ken, email: "ken2@example.com" });
    expect((await expectDocumented(reused, "post", "/api/invitations/accept")).error.code).toBe("invitation_invalid");
    const notOwner = await fetch(invitations, { headers: member });
    expect((await expectDocumented(notOwner, "get", "/api/invitations")).error.code).toBe("owner_only");

    // Sign in: wrong password, then right, then the limit.
    const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
      fetch(`${app.url}/api/auth/sign-in/email`, json({ email, password }, headers));
    const noOrigin = await fetch(`${app.url}/api/auth/sign-in/email`, {
      ...json({ email: "hana@example.com", password: "owner pass 1" }),
      headers: { "Content-Type": "application/json" },
    });
    expect((await expectDocumented(noOrigin, "post", "/api/auth/sign-in/email")).code).toBe("MISSING_OR_NULL_ORIGIN");
    const wrong = await signIn("hana@example.com", "not the password");
    expect((await expectDocumented(wrong, "post", "/api/auth/sign-in/email")).code).toBe("INVALID_EMAIL_OR_PASSWORD");
    const signedIn = await signIn("hana@example.com", "owner pass 1");
    expect(signedIn.status).toBe(200);
    const laptop = cookieOf(signedIn);
    expect((await expectDocumented(signedIn, "post", "/api/auth/sign-in/email")).user.email).toBe("hana@example.com");
    const elsewhere = await signIn("hana@example.com", "owner pass 1", { Origin: "https://elsewhere.example" });
    expect(elsewhere.status).toBe(403);
    await expectDocumented(elsewhere, "post", "/api/auth/sign-in/email");
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 4; attempt++) limited = await signIn("ken@example.com", "wrong password");
    expect(limited?.status).toBe(429);
    expect((await expectDocumented(limited as Response, "post", "/api/auth/sign-in/email")).code).toBe("rate_limited");

    // API keys: create, list, use, revoke.
    const keys = `${app.url}/api/auth/api-key`;
    const createdKey = await fetch(`${keys}/create`, json({ name: "script" }, laptop));
    expect(createdKey.status).toBe(200);
    const key = await expectDocumented(createdKey, "post", "/api/auth/api-key/create");
    expect(key.key).toMatch(/^sk_sukusho_/);
    const list = await expectDocumented(
      await fetch(`${keys}/list`, { headers: laptop }),
      "get",
      "/api/auth/api-key/list",
    );
    expect(list.apiKeys.map((listed: Json) => listed.id)).toEqual([key.id]);
    const bearer = { Authorization: `Bearer ${key.key}` };
    const viaKey = await expectDocumented(
      await fetch(`${app.url}/api/account`, { headers: bearer }),
      "get",
      "/api/account",
    );
    expect(viaKey.via).toBe("api_key");
    const deleteKey = () => fetch(`${keys}/delete`, json({ keyId: key.id }, laptop));
    expect((await expectDocumented(await deleteKey(), "post", "/api/auth/api-key/delete")).success).toBe(true);
    const deletedAgain = await deleteKey();
    expect(deletedAgain.status).toBe(404);
    await expectDocumented(deletedAgain, "post", "/api/auth/api-key/delete");

    // Out: this session, then every session.
    const signedOut = await fetch(`${app.url}/api/auth/sign-out`, json({}, laptop));
    expect((await expectDocumented(signedOut, "post", "/api/auth/sign-out")).success).toBe(true);
    const everywhere = await fetch(`${app.url}/api/auth/revoke-sessions`, json({}, owner));
    expect((await expectDocumented(everywhere, "post", "/api/auth/revoke-sessions")).status).toBe(true);
    const after = await fetch(`${app.url}/api/account`, { headers: owner });
    expect((await expectDocumented(after, "get", "/api/account")).error.code).toBe("unauthenticated");
  });
});
