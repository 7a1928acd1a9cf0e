import { ref } from "@/lib/openapi/components";
import {
  authErrorResponses,
  emptyResponse,
  header,
  jsonResponse,
  type Operation,
  parameterRef,
} from "@/lib/openapi/helpers";

/**
 * The operations of accounts (docs/accounts.md): the app's own (`/api/account`, `/api/invitations`)
 * and the better-auth endpoints clients use (`/api/auth/…`, all served by the catch-all
 * `app/api/auth/[...all]/route.ts`). Listed in `paths.ts` between the review and server ones.
 */

const setCookie = {
  "Set-Cookie": header("The session cookie (`sukusho.session_token`, HttpOnly, SameSite=Lax) and its companions."),
};
const accountsOff = { accounts_off: "The server runs without accounts (`AUTH=none`)." };
const ownerOnly = { owner_only: "Only the owner of this server can do this." };
/** What `readJsonBody()` refuses before a route looks at the fields. */
const jsonBodyErrors = {
  413: { request_too_large: "The body is larger than 64 KiB." },
  422: { invalid_request: "The body is not JSON, or a field is not valid; `details` lists `{path, message}`." },
};
/** better-auth checks the Origin of its state-changing requests itself. */
const authOrigin = {
  INVALID_ORIGIN: "A browser on another site sent it: its `Origin` is not this server or a trusted origin.",
  MISSING_OR_NULL_ORIGIN:
    "No `Origin` on a request with a cookie or `Sec-Fetch-*` headers (a browser, or Node's fetch, which sends " +
    "`Sec-Fetch-Mode`): send the server's own origin as `Origin`.",
};
/** better-auth wants JSON on every POST, even one without fields. */
const authJson = {
  UNSUPPORTED_MEDIA_TYPE:
    "The body was not sent as `Content-Type: application/json` (send `{}` when there is no field).",
};
const authValidation = { VALIDATION_ERROR: "A field is missing or mistyped; `message` names it." };
/** No field, but better-auth needs the JSON Content-Type. */
const emptyJsonBody = { required: true, content: { "application/json": { schema: ref("EmptyInput") } } };
const noSession = { UNAUTHORIZED: "No session: sign in first (API keys do not work here)." };

export const accountOperations: Operation[] = [
  {
    method: "get",
    path: "/api/account",
    operationId: "getAccount",
    tags: ["accounts"],
    summary: "Who is signed in, and how",
    description: "A session, an API key or the server's token; `mode: open` on a server without accounts.",
    responses: { "200": jsonResponse("The viewer.", "Account") },
  },
  {
    method: "get",
    path: "/api/account/setup",
    operationId: "getSetupStatus",
    tags: ["accounts"],
    summary: "Whether the server still needs its owner",
    description: "The first-run screen shows while `needsOwner` is true: nobody can sign in yet.",
    access: "public",
    responses: { "200": jsonResponse("Accounts or open mode, and whether the owner is still missing.", "SetupStatus") },
  },
  {
    method: "post",
    path: "/api/account/setup",
    operationId: "createOwner",
    tags: ["accounts"],
    summary: "Create the owner account (first run) and sign it in",
    description:
      "Works once, while nobody can sign in; the jobs made before accounts existed become the owner's. " +
      "Answers with the session cookie.",
    access: "public",
    requestBody: { required: true, content: { "application/json": { schema: ref("NewAccount") } } },
    errors: {
      ...jsonBodyErrors,
      409: { ...accountsOff, owner_exists: "The server already has an owner: sign in instead." },
    },
    responses: { "201": jsonResponse("The owner was created and is signed in.", "SignedIn", setCookie) },
  },
  {
    method: "get",
    path: "/api/invitations",
    operationId: "listInvitations",
    tags: ["accounts"],
    summary: "The owner's invitations",
    description: "Newest first, used ones too (as a record of who came in); never their tokens.",
    errors: { 403: ownerOnly, 409: accountsOff },
    responses: { "200": jsonResponse("The invitations.", "InvitationList") },
  },
  {
    method: "post",
    path: "/api/invitations",
    operationId: "createInvitation",
    tags: ["accounts"],
    summary: "Invite someone: a single-use link for one more account",
    description:
      "The link works for 7 days. Its token is in this answer only (the server keeps a digest): pass on " +
      "`path` joined to the server's public address.",
    errors: { 403: ownerOnly, 409: accountsOff },
    responses: { "201": jsonResponse("The invitation, with its token.", "CreatedInvitation") },
  },
  {
    method: "delete",
    path: "/api/invitations/{id}",
    operationId: "revokeInvitation",
    tags: ["accounts"],
    summary: "Withdraw an unused invitation",
    parameters: [parameterRef("InvitationId")],
    errors: {
      403: ownerOnly,
      404: { invitation_not_found: "There is no unused invitation with this id (a used one stays as a record)." },
      409: accountsOff,
    },
    responses: { "204": emptyResponse("The invitation is withdrawn; its link no longer works.") },
  },
  {
    method: "post",
    path: "/api/invitations/accept",
    operationId: "acceptInvitation",
    tags: ["accounts"],
    summary: "Make an account with an invitation's token, and sign it in",
    description: "The invitation is used up; if the account cannot be made (say, the e-mail is taken) it still works.",
    access: "public",
    requestBody: { required: true, content: { "application/json": { schema: ref("AcceptInvitationInput") } } },
    errors: {
      ...jsonBodyErrors,
      409: accountsOff,
      410: { invitation_invalid: "The link was used, withdrawn or has expired: ask the owner for a new one." },
      422: {
        ...jsonBodyErrors[422],
        user_already_exists_use_another_email: "There is already an account with this e-mail.",
      },
    },
    responses: { "201": jsonResponse("The account was made and is signed in.", "SignedIn", setCookie) },
  },
  {
    method: "post",
    path: "/api/auth/sign-in/email",
    operationId: "signInEmail",
    tags: ["accounts"],
    summary: "Sign in with e-mail and password",
    description:
      "better-auth's endpoint. Attempts are limited per account and per address (docs/rate-limits.md); a " +
      "success forgets the account's failed attempts. Answers with the session cookie.",
    servedBy: "better-auth",
    access: "public",
    requestBody: { required: true, content: { "application/json": { schema: ref("SignInEmailInput") } } },
    responses: {
      "200": jsonResponse("Signed in.", "SignInResult", setCookie),
      ...authErrorResponses({
        400: { ...authValidation, INVALID_EMAIL: "`email` is not an e-mail address." },
        401: { INVALID_EMAIL_OR_PASSWORD: "Wrong e-mail or password (which of the two is not said)." },
        403: {
          ...authOrigin,
          CROSS_SITE_NAVIGATION_LOGIN_BLOCKED: "A form on another site posted it (a top-level cross-site navigation).",
        },
        415: authJson,
        429: { rate_limited: "Too many attempts for this account or from this address: wait `Retry-After` seconds." },
      }),
    },
  },
  {
    method: "post",
    path: "/api/auth/sign-out",
    operationId: "signOut",
    tags: ["accounts"],
    summary: "Sign out this session",
    description: "better-auth's endpoint: ends the session of the cookie sent and clears the cookie.",
    servedBy: "better-auth",
    access: "public",
    requestBody: emptyJsonBody,
    responses: {
      "200": jsonResponse("Signed out (also when no session was sent).", "SignOutResult"),
      ...authErrorResponses({ 403: authOrigin, 415: authJson }),
    },
  },
  {
    method: "post",
    path: "/api/auth/revoke-sessions",
    operationId: "revokeSessions",
    tags: ["accounts"],
    summary: "Sign out everywhere",
    description: "better-auth's endpoint: ends every session of the signed-in user, this one included.",
    servedBy: "better-auth",
    access: "session",
    requestBody: emptyJsonBody,
    responses: {
      "200": jsonResponse("Every session ended.", "RevokeSessionsResult"),
      ...authErrorResponses({ 401: noSession, 403: authOrigin, 415: authJson }),
    },
  },
  {
    method: "post",
    path: "/api/auth/api-key/create",
    operationId: "createApiKey",
    tags: ["accounts"],
    summary: "Create an API key",
    description:
      "better-auth's endpoint, with a session only. The key (`sk_sukusho_…`) is in this answer once; send it as " +
      "`Authorization: Bearer <key>` to every other operation. It acts as its user and does not expire unless " +
      "`expiresIn` says so.",
    servedBy: "better-auth",
    access: "session",
    requestBody: { required: true, content: { "application/json": { schema: ref("CreateApiKeyInput") } } },
    responses: {
      "200": jsonResponse("The new key.", "CreatedApiKey"),
      ...authErrorResponses({
        400: {
          EXPIRES_IN_IS_TOO_SMALL: "`expiresIn` is under one day.",
          EXPIRES_IN_IS_TOO_LARGE: "`expiresIn` is over a year.",
          INVALID_NAME_LENGTH: "`name` is longer than 32 characters.",
          SERVER_ONLY_PROPERTY: "A field that only the server may set was sent.",
          ...authValidation,
        },
        401: { UNAUTHORIZED_SESSION: "No session: sign in first (API keys cannot make API keys)." },
        403: authOrigin,
        415: authJson,
      }),
    },
  },
  {
    method: "get",
    path: "/api/auth/api-key/list",
    operationId: "listApiKeys",
    tags: ["accounts"],
    summary: "The signed-in user's API keys",
    description: "better-auth's endpoint, with a session only: each key's name and first characters, never the key.",
    servedBy: "better-auth",
    access: "session",
    responses: {
      "200": jsonResponse("The keys.", "ApiKeyList"),
      ...authErrorResponses({ 401: noSession }),
    },
  },
  {
    method: "post",
    path: "/api/auth/api-key/delete",
    operationId: "deleteApiKey",
    tags: ["accounts"],
    summary: "Revoke an API key",
    description: "better-auth's endpoint, with a session only: the key stops working at once (401 `invalid_api_key`).",
    servedBy: "better-auth",
    access: "session",
    requestBody: { required: true, content: { "application/json": { schema: ref("DeleteApiKeyInput") } } },
    responses: {
      "200": jsonResponse("The key is revoked.", "DeleteApiKeyResult"),
      ...authErrorResponses({
        400: authValidation,
        401: noSession,
        403: authOrigin,
        404: { KEY_NOT_FOUND: "There is no key with this id among the user's." },
        415: authJson,
      }),
    },
  },
];
