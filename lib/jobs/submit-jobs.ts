import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import type { CustomFieldSpec, DocumentKind, ExtractorName } from "@/lib/extract/schema";
import { type ImageHeader, readImageHeader } from "@/lib/images/read-header";
import type { UploadedFile } from "@/lib/images/read-multipart";
import { type CreatedJob, jobLinks, jobListRef } from "@/lib/jobs/schema";
import { ensureChecked } from "@/lib/pipeline/check-step";
import type { Services } from "@/lib/services";

/** How the uploader wants the screenshots read; the same for every file of a request. */
export interface ExtractionOptions {
  extractor: ExtractorName;
  kind: DocumentKind | null;
  allowImage: boolean;
  customFields: CustomFieldSpec[] | null;
  /** The uploader's time zone (IANA); null: the server's (docs/time-zones.md). */
  timeZone: string | null;
}

/**
 * Turns uploaded files into queued jobs, fast (docs/fast-upload.md). Every file's header is
 * checked before any is stored, so a request with one file of the wrong type, size or shape is
 * refused whole and leaves nothing behind. The full decode is each job's `check` step, which
 * starts here as soon as the jobs are queued: a file that turns out damaged fails its own job.
 */
export async function submitJobs(options: {
  /** The uploader, who alone will see the jobs; null in open mode. */
  userId: string | null;
  files: UploadedFile[];
  /** When each file was taken, as far as the uploader knows (lib/jobs/captured-at.ts); absent: unknown. */
  capturedAt?: Array<Date | null>;
  extraction: ExtractionOptions;
  services: Services;
  /**
   * Makes the files pages of one stitched list, in upload order (docs/stitching.md): of the list
   * `id` from page `firstPage` on, or of a new list whose id is the first file's job id.
   */
  list?: { id: string | null; firstPage: number };
}): Promise<CreatedJob[]> {
  const limits = { maxPixels: env().MAX_IMAGE_PIXELS };
  const headers: ImageHeader[] = [];
  for (const file of options.files) headers.push(await readImageHeader(file.bytes, file.fileName, limits));
  const ids = headers.map(() => randomUUID());
  const listId = options.list ? (options.list.id ?? ids[0] ?? null) : null;
  const created: CreatedJob[] = [];
  for (const [index, file] of options.files.entries()) {
    const page = listId === null ? null : { listId, listPage: (options.list?.firstPage ?? 0) + index };
    const header = headers[index];
    const id = ids[index];
    if (!header || !id) continue;
    const capturedAt = options.capturedAt?.[index] ?? null;
    created.push(await storeJob({ ...options, id, file, header, page, capturedAt }));
  }
  // The checks start in this process even when another one runs the pipeline (PostgreSQL mode):
  // no worker slot to wait for. Not awaited: they are the jobs' first step, not the request's.
  for (const job of created) {
    ensureChecked(job.id, options.services, { wait: false }).catch((error) =>
      console.error(`[sukusho] could not start the check of ${job.id}:`, error),
    );
  }
  return created;
}

async function storeJob(options: {
  id: string;
  userId: string | null;
  file: UploadedFile;
  header: ImageHeader;
  capturedAt: Date | null;
  extraction: ExtractionOptions;
  services: Services;
  page: { listId: string; listPage: number } | null;
}): Promise<CreatedJob> {
  const { id, file, header, services, page } = options;
  // The bytes as received, until the check step replaces them with a clean PNG; never served.
  const imageKey = await services.images.saveUpload(file.bytes);
  // Already cleaned and capped where it was read (readMultipart).
  const { fileName } = file;
  const { extractor } = options.extraction;
  await services.store.create({
    id,
    userId: options.userId,
    fileName,
    mimeType: header.mimeType,
    width: header.width,
    height: header.height,
    byteSize: file.bytes.length,
    imageKey,
    ...options.extraction,
    capturedAt: options.capturedAt,
    ...page,
  });
  await services.log.append(id, {
    type: "job.received",
    data: { jobId: id, fileName, ...header, byteSize: file.bytes.length, extractor },
  });
  await services.log.append(id, { type: "step.started", data: { step: "check" } });
  await services.queue.enqueue(id);
  const list = page ? jobListRef(page.listId, page.listPage) : null;
  // A same-image flag comes with the check step, once the image is decoded (docs/duplicates.md).
  return { id, status: "queued", fileName, extractor, links: jobLinks(id), list, duplicateOf: null };
}
