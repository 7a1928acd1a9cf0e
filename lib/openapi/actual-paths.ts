import { ref, type SchemaName } from "@/lib/openapi/components";
import { emptyResponse, jsonResponse, type Operation } from "@/lib/openapi/helpers";

/** Sending results to Actual Budget (docs/actual-budget.md). Listed in `paths.ts` after the exports. */

const body = (schema: SchemaName) => ({ required: true, content: { "application/json": { schema: ref(schema) } } });

/** Errors of every call that talks to the Actual server. */
const remoteErrors = {
  400: { actual_not_configured: "No server, password or budget is stored yet (Settings → Actual Budget)." },
  422: {
    actual_wrong_password: "The Actual server refused the password.",
    actual_budget_not_found: "The chosen budget is not on the server.",
    actual_budget_encrypted: "The budget is end-to-end encrypted; Sukusho cannot open it.",
    actual_password_unreadable: "The stored password cannot be decrypted (SECRET_KEY or AUTH_SECRET changed).",
    invalid_request: "The body does not fit the schema; `details` lists the problems.",
  },
  502: {
    actual_unreachable: "The Actual server cannot be reached.",
    actual_rate_limited: "The Actual server refuses sign-ins for now (too many wrong passwords).",
    actual_failed: "The Actual server or client failed otherwise; the message says how.",
  },
  504: { actual_timeout: "Actual did not finish within `ACTUAL_TIMEOUT_MS`." },
};

export const actualOperations: Operation[] = [
  {
    method: "get",
    path: "/api/actual/settings",
    operationId: "getActualSettings",
    tags: ["review"],
    summary: "The Actual Budget connection",
    responses: { "200": jsonResponse("The stored connection (no password).", "ActualSettings") },
  },
  {
    method: "put",
    path: "/api/actual/settings",
    operationId: "saveActualSettings",
    tags: ["review"],
    summary: "Store the Actual Budget connection",
    requestBody: body("ActualSettingsInput"),
    errors: {
      413: { request_too_large: "The body is larger than 64 KiB." },
      422: { invalid_request: "The server URL is not http(s), or a field is too long; `details` lists them." },
    },
    responses: { "200": jsonResponse("The stored connection (no password).", "ActualSettings") },
  },
  {
    method: "delete",
    path: "/api/actual/settings",
    operationId: "deleteActualSettings",
    tags: ["review"],
    summary: "Forget the Actual Budget connection",
    responses: { "204": emptyResponse("Forgotten, password included.") },
  },
  {
    method: "post",
    path: "/api/actual/test",
    operationId: "testActualConnection",
    tags: ["review"],
    summary: "Test the Actual Budget connection and list the server's budgets",
    requestBody: body("ActualTestInput"),
    errors: remoteErrors,
    responses: { "200": jsonResponse("Signed in; the server's budgets.", "ActualTestResult") },
  },
  {
    method: "get",
    path: "/api/actual/accounts",
    operationId: "listActualAccounts",
    tags: ["review"],
    summary: "The accounts of the chosen Actual budget",
    errors: remoteErrors,
    responses: { "200": jsonResponse("The budget's open accounts.", "ActualAccounts") },
  },
  {
    method: "post",
    path: "/api/actual/send",
    operationId: "sendToActual",
    tags: ["review"],
    summary: "Send accepted results to Actual Budget",
    description:
      "Each transaction carries `imported_id` `sukusho:<job id>:<row>`: sending again adds nothing, and a " +
      "corrected amount or date updates the transaction sent before. Corrections are sent; the values as read " +
      "stay in Sukusho.",
    requestBody: body("ActualSendInput"),
    errors: {
      ...remoteErrors,
      404: { job_not_found: "A job does not exist, or it is another user's (never a 403)." },
      409: { actual_nothing_accepted: "None of the jobs is accepted." },
      422: { ...remoteErrors[422], actual_account_missing: "The account is not in the budget, or is closed." },
    },
    responses: { "200": jsonResponse("What was added, updated and already there.", "ActualSendResult") },
  },
];
