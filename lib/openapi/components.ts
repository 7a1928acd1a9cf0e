import { z } from "zod";
import { uploadFieldsSchema } from "@/app/api/jobs/schema";
import { newAccountSchema } from "@/lib/auth/account-input";
import {
  acceptInvitationInputSchema,
  accountSchema,
  setupStatusSchema,
  signedInSchema,
  signedInUserSchema,
} from "@/lib/auth/account-schema";
import {
  apiKeyListSchema,
  apiKeySchema,
  authErrorBodySchema,
  authUserSchema,
  createApiKeyBodySchema,
  createdApiKeySchema,
  deleteApiKeyBodySchema,
  deleteApiKeyResultSchema,
  emptyBodySchema,
  revokeSessionsResultSchema,
  signInEmailBodySchema,
  signInResultSchema,
  signOutResultSchema,
} from "@/lib/auth/better-auth-schema";
import { createdInvitationSchema, invitationListSchema, invitationSchema } from "@/lib/auth/invitation-schema";
import { publicConfigSchema } from "@/lib/config-schema";
import { type EventType, eventDataSchemas, eventTypes, problemSchema } from "@/lib/events/schema";
import {
  checkSchema,
  customDocumentSchema,
  customFieldListSchema,
  customFieldSpecSchema,
  jobResultSchema,
  numberFieldSchema,
  receiptSchema,
  stringFieldSchema,
  transactionListSchema,
} from "@/lib/extract/schema";
import { duplicateOfSchema } from "@/lib/jobs/duplicates-schema";
import {
  createdJobSchema,
  createJobsResponseSchema,
  jobLinksSchema,
  jobListRefSchema,
  jobListResponseSchema,
  jobSnapshotSchema,
  stepSnapshotSchema,
} from "@/lib/jobs/schema";
import { boxSchema } from "@/lib/ocr/types";
import { actualDescriptions, actualRequestSchemas, actualResponseSchemas } from "@/lib/openapi/actual-schemas";
import {
  errorBodySchema,
  exportedJobSchema,
  exportedValueSchema,
  exportSchema,
  healthSchema,
} from "@/lib/openapi/extra-schemas";
import { correctionInputSchema, correctionSchema, jobSummarySchema } from "@/lib/review/schema";
import { spendingSummarySchema } from "@/lib/spending/schema";
import { createdListPagesSchema, stitchedListSchema, stitchedRowSchema } from "@/lib/stitch/schema";

/**
 * `components.schemas`, generated from the zod schemas the code uses. A zod schema registered
 * here becomes a named component, and every other schema that contains it gets a `$ref` to it
 * instead of a copy. To add one: one line in `responseSchemas` (what the server sends) or
 * `requestSchemas` (what it accepts), then `ref("Name")` wherever a path needs it.
 */

/** Converted as the server writes them (`io: "output"`: defaults filled in, no extra keys). */
const responseSchemas = {
  Account: accountSchema,
  ApiKey: apiKeySchema,
  ApiKeyList: apiKeyListSchema,
  AuthError: authErrorBodySchema,
  AuthUser: authUserSchema,
  Box: boxSchema,
  Check: checkSchema,
  Correction: correctionSchema,
  CreatedJob: createdJobSchema,
  CreatedApiKey: createdApiKeySchema,
  CreatedInvitation: createdInvitationSchema,
  CreatedJobs: createJobsResponseSchema,
  CustomDocument: customDocumentSchema,
  DeleteApiKeyResult: deleteApiKeyResultSchema,
  Error: errorBodySchema,
  Export: exportSchema,
  ExportedJob: exportedJobSchema,
  ExportedValue: exportedValueSchema,
  Health: healthSchema,
  Invitation: invitationSchema,
  InvitationList: invitationListSchema,
  JobLinks: jobLinksSchema,
  JobList: jobListResponseSchema,
  JobResult: jobResultSchema,
  JobSnapshot: jobSnapshotSchema,
  JobSummary: jobSummarySchema,
  NumberField: numberFieldSchema,
  Problem: problemSchema,
  PublicConfig: publicConfigSchema,
  Receipt: receiptSchema,
  RevokeSessionsResult: revokeSessionsResultSchema,
  SetupStatus: setupStatusSchema,
  SignedIn: signedInSchema,
  SignedInUser: signedInUserSchema,
  SignInResult: signInResultSchema,
  SignOutResult: signOutResultSchema,
  SpendingSummary: spendingSummarySchema,
  StepSnapshot: stepSnapshotSchema,
  StringField: stringFieldSchema,
  TransactionList: transactionListSchema,
  // Stitched lists (docs/stitching.md)
  CreatedListPages: createdListPagesSchema,
  JobListRef: jobListRefSchema,
  StitchedList: stitchedListSchema,
  StitchedRow: stitchedRowSchema,
  // Duplicates (docs/duplicates.md)
  DuplicateOf: duplicateOfSchema,
  ...actualResponseSchemas,
} as const satisfies Record<string, z.ZodType>;

/** Converted as a client may send them (`io: "input"`: fields with a default are optional). */
const requestSchemas = {
  AcceptInvitationInput: acceptInvitationInputSchema,
  CorrectionInput: correctionInputSchema,
  CreateApiKeyInput: createApiKeyBodySchema,
  CustomFieldList: customFieldListSchema,
  CustomFieldSpec: customFieldSpecSchema,
  DeleteApiKeyInput: deleteApiKeyBodySchema,
  EmptyInput: emptyBodySchema,
  NewAccount: newAccountSchema,
  SignInEmailInput: signInEmailBodySchema,
  UploadForm: uploadFieldsSchema,
  ...actualRequestSchemas,
} as const satisfies Record<string, z.ZodType>;

/** The component holding the data schema of one event type: `step.progress` → `Event_step_progress`. */
export function eventSchemaName(type: EventType): `Event_${string}` {
  return `Event_${type.replaceAll(".", "_")}`;
}

export type SchemaName =
  | keyof typeof responseSchemas
  | keyof typeof requestSchemas
  | "ServerSentEvent"
  | "JobEvent"
  | "BoardEvent"
  | `Event_${string}`;

/** A `$ref` to a schema component; the name is checked when the document is built. */
export function ref(name: SchemaName): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

const descriptions: Partial<Record<SchemaName, string>> = {
  ...actualDescriptions,
  AcceptInvitationInput: "The invited person's new account, with the token from their invitation link.",
  Account:
    "Who is asking: a user and how they proved it (`session`, `api_key`, `server_token`), or `open` mode " +
    "(`AUTH=none`), where nobody signs in.",
  ApiKey: "An API key as listed: its id, name and first characters, never the key.",
  ApiKeyList: "The signed-in user's API keys.",
  AuthError:
    "better-auth's error body (`/api/auth/…`): `code` in upper case as better-auth spells it, or `rate_limited`.",
  AuthUser: "A user as better-auth returns one (with Sukusho's `role`).",
  CreateApiKeyInput: "A new API key: a name to recognise it by, and optionally a lifetime in seconds.",
  CreatedApiKey: "The new API key, with `key` itself: shown this once (only its hash is stored).",
  CreatedInvitation:
    "A new invitation with its secret `token` and the page's `path` (`/invite/<token>`): shown this once.",
  DeleteApiKeyInput: "The API key to revoke.",
  DeleteApiKeyResult: "The key was revoked.",
  EmptyInput: "`{}`: no field, but better-auth wants `Content-Type: application/json` on every POST.",
  Invitation: "A single-use link for one more account, without its token.",
  InvitationList: "The owner's invitations, newest first, used ones too.",
  NewAccount: "An account: name, e-mail and a password of 10 to 256 characters.",
  RevokeSessionsResult: "Every session of the user ended.",
  SetupStatus: "Whether the server runs with accounts, and whether it still needs its owner (first run).",
  SignedIn: "The account that was made and signed in; the session cookie is in `Set-Cookie`.",
  SignedInUser: "A signed-in person: the owner (sets the server up, invites people) or a member.",
  SignInEmailInput: "E-mail and password; `rememberMe: false` ends the session with the browser.",
  SignInResult: "The signed-in user and the session token (also set as the session cookie).",
  SignOutResult: "The session ended and its cookie was cleared.",
  Box: "A rectangle in pixels of the normalised image (origin top-left, x1/y1 exclusive).",
  Correction: "A value the user corrected, kept beside the value as read (which `result` keeps).",
  CorrectionInput:
    "A correction: the field's path (`total`, `rows.3.amount`, `fields.shop_phone`) and its new value (null: not there).",
  Check: "The outcome of one verification check: a sum, a date, a value looked up in the image.",
  CreatedJob: "One job created by an upload, with the links to follow it.",
  CreatedJobs: "The jobs an upload created, one per file, in the order of the files.",
  CustomDocument: "A document read with the caller's own fields, in their order.",
  CustomFieldList: "The caller's own fields: at least one, at most 50, names unique.",
  CustomFieldSpec: "One field of the caller's own schema.",
  Error: "Every error response: `code` is stable for programs, `message` is for people.",
  Export: "A JSON export: each job's fields by path, the value to use beside the value as read, and the checks.",
  ExportedJob: "One job of an export.",
  ExportedValue:
    "One field of an export: the value to use (corrected where the user corrected it) and the value as read.",
  Health: "Liveness and readiness of this process.",
  JobEvent:
    "One event of a job's stream, as parsed from `text/event-stream`: `id` is the job's event sequence number " +
    "(pass it back as `Last-Event-ID`), `event` the type, `data` the JSON described by the type's `contentSchema`.",
  JobList: "Jobs, newest first.",
  BoardEvent:
    "One event of a board stream (many jobs on one stream), as parsed from `text/event-stream`: `id` is the " +
    "board cursor (every job's position; pass it back as `Last-Event-ID`), `event` the type, `data` JSON with the " +
    "job, the event's sequence number in that job, and the type's own data.",
  JobResult: "What a finished job returns: the document, which extractor read it, and the checks.",
  JobSnapshot: "A job as it stands now, with its result once done, and where to follow it.",
  JobSummary: "A finished job's main fields, corrections applied: what the history lists and searches.",
  NumberField: "An extracted number and where it was read.",
  Problem: "A failure a person can understand: `code` is stable for programs, `message` is for people.",
  PublicConfig: "The server's capabilities: whether an LLM is configured, which model, the upload limits.",
  Receipt:
    "A single payment or receipt. Dates are `YYYY-MM-DD`, times `HH:MM`, amounts in the currency's major unit. " +
    "`total` is the amount paid as printed (the rounded total when one is printed); `rounding` is the signed " +
    "adjustment printed beside it, so that `subtotal + tax + rounding = total` when all are shown (where the tax " +
    "is included in the subtotal, `subtotal + rounding = total`). `address` is the merchant's, its lines joined " +
    "with `, `. A value the image does not show has `value: null`.",
  ServerSentEvent:
    "A generic event of a `text/event-stream`, after parsing (the schema the OpenAPI 3.2 specification gives).",
  StepSnapshot: "One pipeline step of a job.",
  StringField: "An extracted text value and where it was read.",
  TransactionList: "A list of transactions (a card history, a bank statement), one row per transaction.",
  CreatedListPages: "The jobs of the screenshots added to a stitched list, and the list's links.",
  JobListRef: "The stitched list a screenshot is a page of: the list's id (its first job's) and the page, from 0.",
  StitchedList:
    "The screenshots of one scrolled list and their rows merged into one: rows seen on two consecutive " +
    "screenshots counted once, each row with the screenshot and box it was read from, totals per direction " +
    "over the merged rows. Made on every read, corrections applied (docs/stitching.md).",
  StitchedRow: "A row of a stitched list: the better reading of it, where it was read, and where else it showed.",
  DuplicateOf:
    "The user's earlier job this one repeats: the same image (perceptual hash) or the same receipt " +
    "(date, total, currency, a merchant that reads alike). docs/duplicates.md.",
  UploadForm:
    "`multipart/form-data`: one `file` part per screenshot (each becomes a job) and the options, " +
    "the same for every file of the request.",
};

/** What each event type means; an event type added to the protocol must be described here. */
export const eventDescriptions: Record<EventType, string> = {
  "job.received": "The first event: the upload was checked and stored; what it is and which extractor will read it.",
  "job.resumed": "The job was interrupted (a restart) and runs again from its stored image.",
  "queue.position": "Where the job stands in the queue (1 means next); sent whenever it changes.",
  "step.started":
    "A pipeline step started. Steps follow each other, except that with a model `extract` may start before `ocr` completes: it reads OCR's lines as they come (docs/pipelining.md).",
  "step.progress": "How far a step is, from 0 to 1, with an optional message.",
  "step.completed": "A step finished, with its duration and an optional summary.",
  "step.failed":
    "A step failed; `job.done` with status `failed` follows (a step running beside it is stopped, and its own `step.failed` comes before `job.done`).",
  "ocr.region": "The OCR text of one region (a horizontal strip of a tall screenshot).",
  "extract.partial":
    "The extractor's growing output (the model's partial answer), throttled; `chunk` of `chunks` (while a list is still being read, `chunks` counts the parts known when this one started: take the largest seen).",
  "extract.retry": "A call to the model failed in a way worth retrying; the extractor waits `waitMs` first.",
  "job.done": "The final event, with the result or the error: nothing follows, and the server closes the stream.",
};

type JsonSchema = Record<string, unknown>;

/** Converts a registry of named zod schemas; schemas inside one another become `$ref`s. */
function convert(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "throw",
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // The document is the resource: a component has no `$schema` of its own, and a `$id` with
    // a fragment is not allowed by JSON Schema 2020-12.
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    if ("$defs" in rest) throw new Error(`component ${id}: zod extracted shared definitions; register them here`);
    out[id] = rest;
  }
  return out;
}

function described(name: SchemaName, schema: JsonSchema): JsonSchema {
  const description = descriptions[name];
  return description ? { description, ...schema } : schema;
}

/** Adds what a zod schema of form fields cannot say: the file parts, and what `fields` holds. */
function uploadForm(schema: JsonSchema): JsonSchema {
  const properties = { ...(schema.properties as Record<string, JsonSchema>) };
  const { allowImage, fields } = properties;
  if (!allowImage || !fields)
    throw new Error("UploadForm: the upload fields changed; update lib/openapi/components.ts");
  properties.allowImage = {
    ...allowImage,
    description:
      "Send the screenshot itself to the LLM (vision models). A boolean as text: true, 1, yes, on, y, enabled " +
      "or false, 0, no, off, n, disabled (any case).",
  };
  if (properties.stitch) {
    properties.stitch = {
      ...properties.stitch,
      description:
        "The files are screenshots of one scrolled list, in order: their rows are merged into one list " +
        "(`GET /api/lists/{id}`, the first job's id; docs/stitching.md). A boolean as text, as `allowImage`.",
    };
  }
  if (properties.timeZone) {
    properties.timeZone = {
      ...properties.timeZone,
      description:
        "The uploader's time zone, an IANA name such as `Asia/Tokyo`: relative dates (Today, 昨日) and year-less " +
        "ones are read on its calendar, and no date may lie after the upload there. Absent: the server's zone " +
        "(docs/time-zones.md). The page and the SDK send the device's zone.",
      examples: ["Asia/Tokyo"],
    };
  }
  if (properties.capturedAt) {
    properties.capturedAt = {
      ...properties.capturedAt,
      description:
        "When the screenshots were taken: one ISO 8601 time for every file, or a JSON array with one per file in " +
        "upload order (`null` where unknown). Relative and year-less dates are read against it, on `timeZone`'s " +
        "calendar, instead of the upload time; a time after the upload (a clock ahead) counts as the upload. The " +
        "page sends each file's time (`File.lastModified`), the CLI each file's modification time (docs/time-zones.md).",
      examples: ["2026-12-01T08:30:00+09:00", '["2026-12-01T08:30:00Z", null]'],
    };
  }
  properties.fields = {
    ...fields,
    description: "The caller's own fields, as a JSON array (needs the LLM extractor).",
    contentMediaType: "application/json",
    contentSchema: ref("CustomFieldList"),
  };
  const file = {
    description: "The screenshots: one part per file, all named `file`. PNG, JPEG or WebP, recognised by content.",
    type: "array",
    minItems: 1,
    items: {},
  };
  return {
    ...schema,
    properties: { file, ...properties },
    required: ["file", ...((schema.required as string[] | undefined) ?? [])],
  };
}

/**
 * The generic `text/event-stream` item, and the job stream's item: one `oneOf` entry per event
 * type, fixing `event` and describing the JSON in `data` (the pattern of the OpenAPI 3.2
 * specification's own Server-Sent Events example).
 */
function eventStreamSchemas(): Record<string, JsonSchema> {
  return {
    ServerSentEvent: {
      type: "object",
      required: ["data"],
      properties: {
        data: { type: "string" },
        event: { type: "string" },
        id: { type: "string" },
        retry: { type: "integer", minimum: 0 },
      },
    },
    JobEvent: {
      ...ref("ServerSentEvent"),
      required: ["id", "event", "data"],
      properties: { id: { type: "string", pattern: "^[1-9][0-9]*$" } },
      oneOf: eventTypes.map((type) => ({
        title: type,
        description: eventDescriptions[type],
        properties: {
          event: { const: type },
          data: { contentMediaType: "application/json", contentSchema: ref(eventSchemaName(type)) },
        },
      })),
    },
    BoardEvent: {
      ...ref("ServerSentEvent"),
      required: ["id", "event", "data"],
      properties: { id: { type: "string", pattern: "^b1\\.[0-9]+\\." } },
      oneOf: eventTypes.map((type) => ({
        title: type,
        description: eventDescriptions[type],
        properties: {
          event: { const: type },
          data: {
            contentMediaType: "application/json",
            contentSchema: {
              type: "object",
              required: ["jobId", "seq", "data"],
              properties: {
                jobId: { type: "string" },
                seq: { type: "integer", minimum: 1 },
                data: ref(eventSchemaName(type)),
              },
            },
          },
        },
      })),
    },
  };
}

export function buildSchemaComponents(): Record<string, JsonSchema> {
  const eventSchemas = Object.fromEntries(
    eventTypes.map((type) => [eventSchemaName(type), eventDataSchemas[type] as z.ZodType]),
  );
  const output = convert({ ...responseSchemas, ...eventSchemas }, "output");
  const input = convert(requestSchemas, "input");
  const all: Record<string, JsonSchema> = { ...output };
  for (const [name, schema] of Object.entries(input)) {
    if (name in all) throw new Error(`schema component ${name} is both a request and a response schema`);
    all[name] = name === "UploadForm" ? uploadForm(schema) : schema;
  }
  for (const [type, schema] of Object.entries(eventStreamSchemas())) all[type] = schema;
  for (const type of eventTypes) {
    const name = eventSchemaName(type);
    const schema = all[name];
    if (schema) all[name] = { description: `Data of the \`${type}\` event. ${eventDescriptions[type]}`, ...schema };
  }
  // Stable order for a committed document: by name.
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [name, described(name as SchemaName, all[name] as JsonSchema)]),
  );
}
