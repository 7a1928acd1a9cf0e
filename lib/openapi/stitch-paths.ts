import { exportFormatSchema } from "@/lib/export/export-response";
import { ref } from "@/lib/openapi/components";
import { header, jsonResponse, type Operation, parameterRef, queryParameters } from "@/lib/openapi/helpers";

/** Stitched lists (docs/stitching.md). Listed in `paths.ts` after the exports. */

const listId = {
  name: "id",
  in: "path",
  required: true,
  description: "The list's id: the job id of its first screenshot.",
  schema: { type: "string" },
};
const listNotFound = {
  list_not_found: "There is no list with this id, or it is another user's (never a 403).",
};

export const stitchOperations: Operation[] = [
  {
    method: "post",
    path: "/api/jobs/{id}/pages",
    operationId: "addListPages",
    tags: ["jobs"],
    summary: "Add screenshots to a job's stitched list",
    description:
      "The files become jobs, read the way this job was (extractor, kind, fields), and the next pages of its " +
      "list in the order sent; a job on its own becomes the first page of a new list with its id. Checked and " +
      "limited as `POST /api/jobs`.",
    parameters: [parameterRef("JobId")],
    requestBody: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file"],
            properties: {
              file: { type: "array", minItems: 1, items: {}, description: "The screenshots, one `file` part each." },
            },
          },
          encoding: { file: { contentType: "image/png, image/jpeg, image/webp" } },
        },
      },
    },
    errors: {
      400: { no_files: "The request has no `file` part.", invalid_form: "The multipart body could not be read." },
      404: { job_not_found: "There is no job with this id, or it is another user's (never a 403)." },
      413: { file_too_large: "A file is larger than `limits.maxUploadBytes`." },
      415: { unsupported_type: "A file is not a PNG, JPEG or WebP image." },
      422: {
        extractor_unavailable: "The extractor that read this job is no longer configured.",
        corrupt_image: "A file's header could not be read (damaged pixels fail the page's own job instead).",
      },
      429: { rate_limited: "Too many screenshots in the current window; wait `Retry-After` seconds." },
    },
    responses: {
      "202": jsonResponse("The pages were added and are queued or running.", "CreatedListPages", {
        Location: header("The list's `links.self`."),
      }),
    },
  },
  {
    method: "get",
    path: "/api/lists/{id}",
    operationId: "getList",
    tags: ["review"],
    summary: "A stitched list, merged",
    description:
      "The list's screenshots and their rows merged: rows seen at the end of one screenshot and the start of " +
      "the next are counted once; each row says which screenshot and box it came from. Merged on every read, " +
      "so it grows as pages finish and follows corrections made on a page.",
    parameters: [listId],
    errors: { 404: listNotFound },
    responses: { "200": jsonResponse("The merged list.", "StitchedList") },
  },
  {
    method: "get",
    path: "/api/lists/{id}/export",
    operationId: "exportList",
    tags: ["review"],
    summary: "Download a stitched list's merged rows",
    description: "One transaction list holding the merged rows, in the formats of `GET /api/jobs/{id}/export`.",
    parameters: [
      listId,
      ...queryParameters(exportFormatSchema, { format: "`json`, `csv`, `ofx` or `qif`, as for a job." }),
    ],
    errors: { 404: listNotFound, 422: { invalid_request: "`format` is not valid." } },
    responses: {
      "200": {
        description: "The merged rows as one transaction list.",
        headers: { "Content-Disposition": header("`attachment`, with the format's file name extension.") },
        content: {
          "application/json": { schema: ref("Export") },
          "text/csv": { schema: { type: "string" } },
          "application/x-ofx": { schema: { type: "string" } },
          "application/qif": { schema: { type: "string" } },
        },
      },
    },
  },
];
