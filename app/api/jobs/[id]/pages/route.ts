import { ownerIdOf } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { route } from "@/lib/http/route";
import { readMultipart } from "@/lib/images/read-multipart";
import { assertVisibleJob } from "@/lib/jobs/visible-job";
import { consumeUpload } from "@/lib/rate-limit";
import { addListPages } from "@/lib/stitch/add-list-pages";
import { listLinks } from "@/lib/stitch/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Adds screenshots (field `file`, in order) after the last page of this job's stitched list; a
 * job on its own becomes the list's first page. 202 with the new jobs and the list's links.
 */
export const POST = route<{ id: string }>(async ({ request, params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const config = env();
  const form = await readMultipart(request, {
    maxFileBytes: config.MAX_UPLOAD_BYTES,
    maxFiles: config.MAX_FILES_PER_UPLOAD,
    maxRequestBytes: config.MAX_REQUEST_BYTES,
  });
  if (form.files.length === 0) {
    throw new AppError("no_files", "Choose at least one screenshot to add (form field “file”).", 400);
  }
  await consumeUpload({ userId: ownerIdOf(viewer), ip: clientIp(request), files: form.files.length });
  const { listId, jobs } = await addListPages({ jobId: params.id, files: form.files, viewer, services });
  const links = listLinks(listId);
  return Response.json({ jobs, list: { id: listId, links } }, { status: 202, headers: { Location: links.self } });
});
