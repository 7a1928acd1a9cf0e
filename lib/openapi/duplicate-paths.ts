import { jsonResponse, type Operation, parameterRef } from "@/lib/openapi/helpers";

/** Duplicates (docs/duplicates.md). Listed in `paths.ts` after the stitched lists. */

const jobNotFound = {
  job_not_found: "There is no job with this id: it was deleted, or it is another user's (never a 403).",
};
const notADuplicate = { not_a_duplicate: "The job's `duplicateOf` is null: there is nothing to resolve." };

export const duplicateOperations: Operation[] = [
  {
    method: "post",
    path: "/api/jobs/{id}/duplicate/dismiss",
    operationId: "dismissDuplicate",
    tags: ["review"],
    summary: "Keep both: the job is not a duplicate",
    description:
      "Clears the job's `duplicateOf`; it stays clear, also when the job's result later matches another " +
      "receipt. To drop the duplicate instead, `DELETE /api/jobs/{id}`.",
    parameters: [parameterRef("JobId")],
    errors: { 404: jobNotFound, 409: notADuplicate },
    responses: { "200": jsonResponse("The job, with `duplicateOf` null.", "JobSnapshot") },
  },
  {
    method: "post",
    path: "/api/jobs/{id}/duplicate/merge",
    operationId: "mergeDuplicate",
    tags: ["review"],
    summary: "Merge a duplicate into its original",
    description:
      "The original (`duplicateOf.jobId`) keeps its result and takes over the duplicate's corrections of " +
      "fields it has not corrected itself, and its acceptance if it has none; then the duplicate is deleted " +
      "with its image.",
    parameters: [parameterRef("JobId")],
    errors: {
      404: jobNotFound,
      409: {
        ...notADuplicate,
        job_running: "The duplicate is still queued or running.",
        original_has_no_result: "The duplicate has corrections but the original has no result to take them.",
      },
    },
    responses: { "200": jsonResponse("The original, as it is after the merge.", "JobSnapshot") },
  },
];
