import { apiKey } from "@better-auth/api-key";
import { revokeSessions, signInEmail, signOut } from "better-auth/api";
import { z } from "zod";

/**
 * The better-auth endpoints Sukusho's clients use (under `/api/auth`, served by better-auth
 * itself), as zod schemas for the OpenAPI document. The request bodies are better-auth's own
 * schemas, read from the installed endpoints, so an upgrade that changes them changes the
 * document; only the fields a client may send here are kept (better-auth refuses the
 * server-only ones over HTTP). The answers are written down from what better-auth returns and
 * are open objects: a newer better-auth may add fields.
 */

/** An endpoint's own body schema; throws when better-auth stops exposing it as a zod object. */
function bodyOf(endpoint: { options: { body?: unknown } }, name: string): z.ZodObject {
  let body = endpoint.options.body;
  if (body instanceof z.ZodOptional) body = body.unwrap();
  if (!(body instanceof z.ZodObject)) throw new Error(`better-auth's ${name} has no zod object body any more`);
  return body;
}

const apiKeyEndpoints = apiKey().endpoints;

/** `POST /api/auth/sign-in/email`. */
export const signInEmailBodySchema = bodyOf(signInEmail(), "signInEmail").pick({
  email: true,
  password: true,
  rememberMe: true,
});

/**
 * `POST /api/auth/sign-out` and `/revoke-sessions`: `{}`. Neither needs a field (the session is
 * the cookie's), but better-auth refuses a POST without a JSON Content-Type.
 */
export const emptyBodySchema = bodyOf(signOut, "signOut").pick({});

/** `POST /api/auth/api-key/create`: the prefix stays `sk_sukusho_`, the rest is server-only. */
export const createApiKeyBodySchema = bodyOf(apiKeyEndpoints.createApiKey, "createApiKey").pick({
  name: true,
  expiresIn: true,
});

/** `POST /api/auth/api-key/delete`. */
export const deleteApiKeyBodySchema = bodyOf(apiKeyEndpoints.deleteApiKey, "deleteApiKey").pick({ keyId: true });

/** Whether `POST /api/auth/revoke-sessions` still takes no body (the document says it takes none). */
export const revokeSessionsTakesNoBody = (revokeSessions.options as { body?: unknown }).body === undefined;

/** ISO 8601, as better-auth writes dates in JSON. */
const timestamp = z.string().meta({ format: "date-time" });

/** A user as better-auth returns one. */
export const authUserSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  image: z.string().nullish(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Sukusho's own field: `owner` or `member`. */
  role: z.string(),
});

/** The answer of a sign-in (the session cookie is in `Set-Cookie`). */
export const signInResultSchema = z.looseObject({
  redirect: z.boolean(),
  /** The session token, as in the cookie. */
  token: z.string(),
  user: authUserSchema,
});

export const signOutResultSchema = z.looseObject({ success: z.boolean() });
export const revokeSessionsResultSchema = z.looseObject({ status: z.boolean() });

/** An API key as listed: never the key itself, only its first characters. */
export const apiKeySchema = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  /** The key's first characters (`sk_sukusho_…`), to tell keys apart. */
  start: z.string().nullable(),
  prefix: z.string().nullable(),
  enabled: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  expiresAt: timestamp.nullable(),
  lastRequest: timestamp.nullable(),
});

/** The answer of creating a key: the key itself, shown this once. */
export const createdApiKeySchema = apiKeySchema.extend({
  /** The whole key (`sk_sukusho_…`), for `Authorization: Bearer`; better-auth keeps only its hash. */
  key: z.string(),
});

export const apiKeyListSchema = z.looseObject({
  apiKeys: z.array(apiKeySchema),
  total: z.number().int().nonnegative(),
});

export const deleteApiKeyResultSchema = z.looseObject({ success: z.boolean() });

/** better-auth's error body: not the app's `{error: …}` but `{code, message}` at the top. */
export const authErrorBodySchema = z.looseObject({
  /** Upper case from better-auth (`INVALID_EMAIL_OR_PASSWORD`); `rate_limited` from Sukusho's sign-in limit. */
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
