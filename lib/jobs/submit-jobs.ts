import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import type { CustomFieldSpec, DocumentKind, ExtractorName } from "@/lib/extract/schema";
import { type CheckedImage, checkImage } from "@/lib/images/check-image";
import { perceptualHash } from "@/lib/images/perceptual-hash";
import type { UploadedFile } from "@/lib/images/read-multipart";
import { type CreatedJob, jobLinks, jobListRef } from "@/lib/jobs/schema";
import type { Services } from "@/lib/services";

interface Checked {
  file: UploadedFile;
  image: CheckedImage;
  startedAt: Date;
  durationMs: number;
  /** For finding the same image uploaded again (docs/duplicates.md); outside the check's time. */
  imageHash: string;
}

/**
 * Turns uploaded files into running jobs. Every file is checked before any is stored, so a
 * request with one bad file is refused whole and leaves nothing behind.
 */
/** How the uploader wants the screenshots read; the same for every file of a request. */
export interface ExtractionOptions {
  extractor: ExtractorName;
  kind: DocumentKind | null;
  allowImage: boolean;
  customFields: CustomFieldSpec[] | null;
}

export async function submitJobs(options: {
  /** The uploader, who alone will see the jobs; null in open mode. */
  userId: string | null;
  files: UploadedFile[];
  extraction: ExtractionOptions;
  services: Services;
  /**
   * Makes the files pages of one stitched list, in upload order (docs/stitching.md): of the list
   * `id` from page `firstPage` on, or of a new list whose id is the first file's job id.
   */
  list?: { id: string | null; firstPage: number };
}): Promise<CreatedJob[]> {
  const maxPixels = env().MAX_IMAGE_PIXELS;
  const checked: Checked[] = [];
  // One at a time: decoding holds a whole image in memory.
  for (const file of options.files) {
    const startedAt = new Date();
    const began = performance.now();
    const image = await checkImage(file.bytes, file.fileName, { maxPixels });
    const durationMs = Math.round(performance.now() - began);
    checked.push({ file, image, startedAt, durationMs, imageHash: await perceptualHash(file.bytes) });
  }
  const created: CreatedJob[] = [];
  const ids = checked.map(() => randomUUID());
  const listId = options.list ? (options.list.id ?? ids[0] ?? null) : null;
  for (const [index, item] of checked.entries()) {
    const page = listId === null ? null : { listId, listPage: (options.list?.firstPage ?? 0) + index };
    created.push(await storeJob(ids[index]!, item, options.userId, options.extraction, options.services, page));
  }
  return created;
}

async function storeJob(
  id: string,
  item: Checked,
  userId: string | null,
  extraction: ExtractionOptions,
  services: Services,
  page: { listId: string; listPage: number } | null,
): Promise<CreatedJob> {
  const { extractor } = extraction;
  const imageKey = await services.images.save(item.image.png);
  // Already cleaned and capped where it was read (readMultipart).
  const { fileName } = item.file;
  await services.store.create(
    {
      id,
      userId,
      fileName,
      mimeType: item.image.mimeType,
      width: item.image.width,
      height: item.image.height,
      byteSize: item.file.bytes.length,
      imageKey,
      ...extraction,
      ...page,
      imageHash: item.imageHash,
    },
    {
      startedAt: item.startedAt,
      finishedAt: new Date(item.startedAt.getTime() + item.durationMs),
      summary: checkSummary(item.image),
    },
  );
  const { image } = item;
  await services.log.append(id, {
    type: "job.received",
    data: {
      jobId: id,
      fileName,
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      byteSize: item.file.bytes.length,
      extractor,
    },
  });
  await services.log.append(id, { type: "step.started", data: { step: "check" } });
  await services.log.append(id, {
    type: "step.completed",
    data: {
      step: "check",
      durationMs: item.durationMs,
      summary: checkSummary(image),
    },
  });
  // Before the run: a same-image flag is the stronger one and must not lose a race to the result.
  const duplicateOf = await services.store.duplicates.markSameImage(id);
  await services.queue.enqueue(id);
  const list = page ? jobListRef(page.listId, page.listPage) : null;
  return { id, status: "queued", fileName, extractor, links: jobLinks(id), list, duplicateOf };
}

function checkSummary(image: CheckedImage): string {
  return `${image.mimeType.replace("image/", "").toUpperCase()} ${image.width}×${image.height}, orientation applied, metadata removed`;
}
