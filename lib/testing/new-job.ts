import type { NewJob } from "@/lib/jobs/job-store";

/** A job row for tests: a 1×1 PNG read by the local rules, with whatever the test sets. */
export function newTestJob(fields: Pick<NewJob, "id"> & Partial<NewJob>): NewJob {
  return {
    userId: null,
    fileName: `${fields.id}.png`,
    mimeType: "image/png",
    width: 1,
    height: 1,
    byteSize: 1,
    imageKey: `${"0".repeat(32)}.png`,
    extractor: "local",
    kind: null,
    allowImage: false,
    customFields: null,
    ...fields,
  };
}
