import { listQuerySchema } from "@/app/api/jobs/schema";
import { exportFormatSchema } from "@/lib/export/export-response";
import { CSV_COLUMNS } from "@/lib/export/to-csv";
import { accountOperations } from "@/lib/openapi/account-paths";
import { actualOperations } from "@/lib/openapi/actual-paths";
import { boardOperations } from "@/lib/openapi/board-paths";
import { ref } from "@/lib/openapi/components";
import { duplicateOperations } from "@/lib/openapi/duplicate-paths";
import {
  emptyResponse,
  header,
  jsonResponse,
  type Operation,
  parameterRef,
  queryParameters,
} from "@/lib/openapi/helpers";
import { spendingOperations } from "@/lib/openapi/spending-paths";
import { stitchOperations } from "@/lib/openapi/stitch-paths";

/**
 * Every operation of the API, in the order the document lists them. One entry per route
 * handler (a `route.ts` under `app/api/` exporting GET, POST…): `e2e/api/openapi.test.ts` fails when a
 * handler has no entry here, or an entry has no handler. Regenerate the committed document with
 * `npx tsx lib/openapi/write-document.ts` after a change.
 */

const jobNotFound = {
  job_not_found: "There is no job with this id: it was deleted, or it is another user's (never a 403).",
};
const hasNoResult = {
  job_has_no_result: "The job has no result to review: it is still queued or running, or it failed.",
};

/** The two forms of a download: JSON (the `Export` schema) or CSV for spreadsheets. */
function exportResponses(description: string) {
  return {
    description,
    headers: {
      "Content-Disposition": header("`attachment`, with a file name ending in `.json`, `.csv`, `.ofx` or `.qif`."),
    },
    content: {
      "application/json": { schema: ref("Export") },
      "text/csv": {
        schema: {
          type: "string",
          description:
            "UTF-8 with a byte-order mark, RFC 4180 quoting: one row per receipt and per transaction of a list, " +
            `corrected values used. Columns: \`${CSV_COLUMNS.join(", ")}\` (a receipt's total is its \`amount\`; ` +
            "its address, subtotal, tax and rounding come last, empty for a list's rows).",
        },
      },
      "application/x-ofx": {
        schema: {
          type: "string",
          description:
            "OFX 2.2 (XML) bank statements for budgeting programs, one per currency: a receipt is one payment " +
            "(money out negative), a list one transaction per row; FITID `<job id>-<index>` is stable across " +
            "downloads, so importing again adds nothing twice. Rows without an amount are left out.",
        },
      },
      "application/qif": {
        schema: {
          type: "string",
          description:
            "QIF, one `!Type:Bank` section: the same transactions as OFX, dates YYYY-MM-DD, the ledger id in `N`.",
        },
      },
    },
  };
}
const formatParameter = queryParameters(exportFormatSchema, {
  format:
    "`json` (the values with the originals beside them), `csv` (for spreadsheets), `ofx` or `qif` (for budgeting " +
    "programs: YNAB, GnuCash, Firefly III).",
});

export const operations: Operation[] = [
  {
    method: "post",
    path: "/api/jobs",
    operationId: "createJobs",
    tags: ["jobs"],
    summary: "Upload screenshots",
    description:
      "Each file becomes a job, its header checked (type by content, pixel count, shape) before any is stored: a " +
      "request with one bad file is refused whole. The 202 comes before any pixel is decoded: the full decode, " +
      "the clean PNG and the duplicate check are each job's `check` step, and a file that turns out damaged " +
      "fails its own job there (`corrupt_image`, docs/fast-upload.md). The jobs then run on their own; follow " +
      "each at `links.events`. The limits are in `GET /api/config`.",
    requestBody: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: ref("UploadForm"),
          encoding: { file: { contentType: "image/png, image/jpeg, image/webp" } },
        },
      },
    },
    errors: {
      400: {
        no_files: "The request has no `file` part.",
        invalid_form: "The multipart body could not be read, or the upload was interrupted.",
        truncated_body: "The body ended before the form did (cut inside a file, or no closing boundary).",
        empty_file: "A file is empty.",
      },
      413: {
        file_too_large: "A file is larger than `limits.maxUploadBytes`.",
        too_many_files: "More files than `limits.maxFilesPerUpload`.",
        request_too_large: "The body is larger than `limits.maxRequestBytes`.",
      },
      415: {
        invalid_form: "The body is not `multipart/form-data`.",
        unsupported_type: "A file is not a PNG, JPEG or WebP image (judged by its bytes, not its name).",
      },
      422: {
        invalid_request: "A form field is not valid; `details` lists `{path, message}` for each problem.",
        extractor_unavailable: "The LLM extractor was asked for and is not configured on this server.",
        custom_fields_need_llm: "`fields` was given without the LLM extractor.",
        image_too_large: "An image has more pixels than `limits.maxImagePixels`.",
        image_shape:
          "An image the OCR cannot read: a side under 16 pixels, over 100 to 1, or wider than 32,767 pixels.",
        corrupt_image:
          "A file's header could not be read. (Damaged pixels behind a readable header fail the job's `check` step instead.)",
      },
      429: {
        rate_limited:
          "Too many screenshots from this user or address in the current window (counted in files, not requests; " +
          "docs/rate-limits.md). Wait `Retry-After` seconds (also `details.retryAfterSeconds`) and send again.",
      },
    },
    responses: {
      "202": jsonResponse("The jobs were created and are queued or running.", "CreatedJobs", {
        Location: header("The first job's `links.self`."),
      }),
    },
  },
  {
    method: "get",
    path: "/api/jobs",
    operationId: "listJobs",
    tags: ["jobs"],
    summary: "List jobs, newest first",
    parameters: queryParameters(listQuerySchema, {
      limit: "How many jobs to return.",
      q: "Search: merchant or file name (any case), or an amount equal to the total.",
    }),
    errors: { 422: { invalid_request: "`limit` is not a whole number from 1 to 200." } },
    responses: {
      "200": jsonResponse("The newest jobs.", "JobList"),
    },
  },
  {
    method: "get",
    path: "/api/jobs/{id}",
    operationId: "getJob",
    tags: ["jobs"],
    summary: "A job as it stands now",
    description: "With its steps, its result once done, and `lastEventId` to follow its events from here.",
    parameters: [parameterRef("JobId")],
    errors: { 404: jobNotFound },
    responses: {
      "200": jsonResponse("The job.", "JobSnapshot"),
    },
  },
  {
    method: "delete",
    path: "/api/jobs/{id}",
    operationId: "deleteJob",
    tags: ["jobs"],
    summary: "Delete a finished job",
    description: "Deletes the job, its steps, its events and its image.",
    parameters: [parameterRef("JobId")],
    errors: {
      404: jobNotFound,
      409: { job_running: "The job is still queued or running; delete it once it has finished." },
    },
    responses: {
      "204": emptyResponse("The job is deleted."),
    },
  },
  {
    method: "get",
    path: "/api/jobs/{id}/events",
    operationId: "streamJobEvents",
    tags: ["events"],
    summary: "Follow a job's events",
    description:
      "Server-Sent Events: the stored events after `Last-Event-ID`, then live ones, each once and in id order, " +
      "until `job.done`, after which the server closes the stream. The stream opens with a `retry:` block and " +
      "sends `: keep-alive` comments; neither is an event. Works with `EventSource`, which sends `Last-Event-ID` " +
      "when it reconnects.",
    parameters: [
      parameterRef("JobId"),
      {
        name: "Last-Event-ID",
        in: "header",
        required: false,
        description: "Send only the events after this id (a reconnecting `EventSource` sends it). Empty means 0.",
        schema: { type: "integer", minimum: 0 },
      },
      {
        name: "lastEventId",
        in: "query",
        required: false,
        description:
          "The same as `Last-Event-ID` for a first connection (e.g. from a snapshot's `lastEventId`); the header wins.",
        schema: { type: "integer", minimum: 0 },
      },
    ],
    errors: {
      400: { invalid_last_event_id: "`Last-Event-ID` (or `lastEventId`) is not decimal digits only." },
      404: jobNotFound,
    },
    responses: {
      "200": {
        description: "The event stream.",
        headers: {
          "Cache-Control": header("`no-cache, no-transform`: no proxy may buffer, compress or cache the stream."),
          "X-Accel-Buffering": header("`no`: nginx must not buffer the stream."),
          "X-Sukusho-Instance": header("Which server process answered (for operators)."),
        },
        content: { "text/event-stream": { itemSchema: ref("JobEvent") } },
      },
      "204": emptyResponse(
        "The job has finished and no event is left after `Last-Event-ID`: an `EventSource` stops reconnecting.",
      ),
    },
  },
  ...boardOperations,
  {
    method: "get",
    path: "/api/jobs/{id}/image",
    operationId: "getJobImage",
    tags: ["jobs"],
    summary: "The job's normalised screenshot",
    description:
      "Always PNG: the upload re-encoded with its orientation applied and its metadata removed, by the job's " +
      "`check` step; until then (or if it failed) a 409, never the bytes as uploaded.",
    parameters: [parameterRef("JobId")],
    errors: {
      404: jobNotFound,
      409: { image_not_checked: "The job's check step has not written the clean image yet, or failed." },
    },
    responses: {
      "200": {
        description: "The image.",
        headers: { "Cache-Control": header("`private, max-age=31536000, immutable`: a job's image never changes.") },
        content: { "image/png": {} },
      },
    },
  },
  {
    method: "get",
    path: "/api/jobs/{id}/thumbnail",
    operationId: "getJobThumbnail",
    tags: ["jobs"],
    summary: "A small WebP of the screenshot's top",
    description: "160×240 pixels, for the history list; a 409 until the job's `check` step has passed.",
    parameters: [parameterRef("JobId")],
    errors: {
      404: jobNotFound,
      409: { image_not_checked: "The job's check step has not written the clean image yet, or failed." },
    },
    responses: {
      "200": {
        description: "The thumbnail.",
        headers: { "Cache-Control": header("`private, max-age=31536000, immutable`: a job's image never changes.") },
        content: { "image/webp": {} },
      },
    },
  },
  {
    method: "put",
    path: "/api/jobs/{id}/corrections",
    operationId: "correctValue",
    tags: ["review"],
    summary: "Correct one value of a finished job's result",
    description: "The correction is stored beside the value as read, which `result` keeps. Answers the job.",
    parameters: [parameterRef("JobId")],
    requestBody: { required: true, content: { "application/json": { schema: ref("CorrectionInput") } } },
    errors: {
      404: jobNotFound,
      409: hasNoResult,
      413: { request_too_large: "The body is larger than 64 KiB." },
      422: {
        invalid_request: "The body is not JSON `{path, value}`; `details` lists the problems.",
        invalid_correction: "The result has no field at `path`, or the value does not fit the field's type.",
      },
    },
    responses: {
      "200": jsonResponse("The job, with the correction in `corrections` and `summary`.", "JobSnapshot"),
    },
  },
  {
    method: "delete",
    path: "/api/jobs/{id}/corrections",
    operationId: "revertValue",
    tags: ["review"],
    summary: "Revert one value to what was read",
    parameters: [
      parameterRef("JobId"),
      {
        name: "path",
        in: "query",
        required: true,
        description: "The field's path, as in `corrections`.",
        schema: { type: "string", minLength: 1 },
      },
    ],
    errors: {
      404: jobNotFound,
      409: hasNoResult,
      422: { invalid_request: "`path` is missing." },
    },
    responses: {
      "200": jsonResponse("The job, without that correction.", "JobSnapshot"),
    },
  },
  {
    method: "post",
    path: "/api/jobs/{id}/accept",
    operationId: "acceptJob",
    tags: ["review"],
    summary: "Accept a finished job's (corrected) result",
    parameters: [parameterRef("JobId")],
    errors: { 404: jobNotFound, 409: hasNoResult },
    responses: {
      "200": jsonResponse("The job, with `acceptedAt` set.", "JobSnapshot"),
    },
  },
  {
    method: "get",
    path: "/api/jobs/{id}/export",
    operationId: "exportJob",
    tags: ["review"],
    summary: "Download one job's result",
    parameters: [parameterRef("JobId"), ...formatParameter],
    errors: {
      404: jobNotFound,
      409: hasNoResult,
      422: { invalid_request: "`format` is neither `json` nor `csv`." },
    },
    responses: {
      "200": exportResponses("The job's result, corrections applied, originals kept (JSON)."),
    },
  },
  {
    method: "get",
    path: "/api/export",
    operationId: "exportJobs",
    tags: ["review"],
    summary: "Download several jobs' results",
    description: "In the order given; jobs without a result (still running, failed) are left out.",
    parameters: [
      {
        name: "ids",
        in: "query",
        required: true,
        description: "Job ids separated by commas: 1 to 200 (repeats count once).",
        schema: { type: "string", minLength: 1 },
      },
      ...formatParameter,
    ],
    errors: {
      404: jobNotFound,
      409: { job_has_no_result: "None of the jobs has a result yet." },
      422: { invalid_request: "`ids` is missing, empty or has more than 200 ids, or `format` is not valid." },
    },
    responses: {
      "200": exportResponses("The jobs' results, corrections applied, originals kept (JSON)."),
    },
  },
  ...spendingOperations,
  ...stitchOperations,
  ...duplicateOperations,
  ...actualOperations,
  ...accountOperations,
  {
    method: "get",
    path: "/api/config",
    operationId: "getConfig",
    tags: ["server"],
    summary: "The server's capabilities",
    description: "Whether an LLM is configured, which model, the default extractor, the upload limits.",
    responses: { "200": jsonResponse("The capabilities.", "PublicConfig") },
  },
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    tags: ["server"],
    summary: "Liveness and readiness",
    access: "public",
    description: "200 while the process and its database answer; for load balancers and health checks.",
    responses: { "200": jsonResponse("The process is up.", "Health") },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApiDocument",
    tags: ["server"],
    summary: "This OpenAPI document",
    access: "public",
    internalError: false,
    responses: {
      "200": {
        description: "The OpenAPI 3.2 document of this API (the same as `openapi/openapi.json` in the repository).",
        content: { "application/json": { schema: { type: "object" } } },
      },
    },
  },
];
