import { ownerIdOf, type Viewer } from "@/lib/auth/viewer";
import { AppError, jobNotFound } from "@/lib/errors";
import { customFieldListSchema, type DocumentKind, type ExtractorName } from "@/lib/extract/schema";
import type { UploadedFile } from "@/lib/images/read-multipart";
import type { CreatedJob } from "@/lib/jobs/schema";
import { submitJobs } from "@/lib/jobs/submit-jobs";
import type { Services } from "@/lib/services";
import { openListOf } from "@/lib/stitch/list-pages";

/**
 * Adds screenshots to the end of a job's list (the job becomes page 0 of a new list when it
 * stood alone). They are read the way the job was — same extractor, kind and fields — so the
 * pages of one list compare like with like.
 */
export async function addListPages(options: {
  jobId: string;
  files: UploadedFile[];
  viewer: Viewer;
  services: Services;
}): Promise<{ listId: string; jobs: CreatedJob[] }> {
  const { services } = options;
  const job = await services.store.find(options.jobId);
  if (!job) throw jobNotFound(options.jobId);
  const extractor = job.extractor as ExtractorName;
  if (!services.extractors[extractor]) {
    throw new AppError(
      "extractor_unavailable",
      `The ${extractor} extractor that read this list is not configured.`,
      422,
    );
  }
  const { listId, nextPage } = await openListOf(services.db, job.id);
  const jobs = await submitJobs({
    userId: ownerIdOf(options.viewer),
    files: options.files,
    extraction: {
      extractor,
      kind: (job.kind as DocumentKind | null) ?? null,
      allowImage: job.allowImage,
      customFields: job.customFields ? customFieldListSchema.parse(JSON.parse(job.customFields)) : null,
      // The list's pages are read on one calendar: the first page's.
      timeZone: job.timeZone,
    },
    services,
    list: { id: listId, firstPage: nextPage },
  });
  return { listId, jobs };
}
