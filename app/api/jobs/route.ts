import { listQuerySchema, uploadFieldsSchema } from "@/app/api/jobs/schema";
import { ownerIdOf } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { route } from "@/lib/http/route";
import { readMultipart } from "@/lib/images/read-multipart";
import { capturedAtPerFile } from "@/lib/jobs/captured-at";
import { submitJobs } from "@/lib/jobs/submit-jobs";
import { listScope } from "@/lib/jobs/visible-job";
import { consumeUpload } from "@/lib/rate-limit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Upload one or several screenshots; each becomes a job. 202 with the jobs and their links. */
export const POST = route(async ({ request, services, viewer }) => {
  const config = env();
  const form = await readMultipart(request, {
    maxFileBytes: config.MAX_UPLOAD_BYTES,
    maxFiles: config.MAX_FILES_PER_UPLOAD,
    maxRequestBytes: config.MAX_REQUEST_BYTES,
  });
  if (form.files.length === 0) {
    throw new AppError("no_files", "Choose at least one screenshot to upload (form field “file”).", 400);
  }
  const fields = uploadFieldsSchema.parse(form.fields);
  const extractor = fields.extractor ?? (services.extractors.llm ? "llm" : "local");
  if (!services.extractors[extractor]) {
    throw new AppError(
      "extractor_unavailable",
      "The LLM extractor is not configured on this server (set OPENAI_API_KEY); use the local extractor.",
      422,
    );
  }
  if (fields.fields && extractor !== "llm") {
    throw new AppError("custom_fields_need_llm", "Custom fields need the LLM extractor.", 422);
  }
  // Counted in files once the request is known to be valid, before anything is stored: a
  // refused upload costs no disk and no OCR (docs/rate-limits.md).
  const capturedAt = capturedAtPerFile(fields.capturedAt, form.files.length, new Date());
  await consumeUpload({ userId: ownerIdOf(viewer), ip: clientIp(request), files: form.files.length });
  const jobs = await submitJobs({
    userId: ownerIdOf(viewer),
    files: form.files,
    capturedAt,
    extraction: {
      extractor,
      kind: fields.kind === "auto" ? null : fields.kind,
      allowImage: fields.allowImage,
      customFields: fields.fields ?? null,
      timeZone: fields.timeZone ?? null,
    },
    services,
    ...(fields.stitch ? { list: { id: null, firstPage: 0 } } : {}),
  });
  return Response.json({ jobs }, { status: 202, headers: { Location: jobs[0]?.links.self ?? "" } });
});

/** The newest jobs first. */
export const GET = route(async ({ request, services, viewer }) => {
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    { jobs: await services.store.list(query.limit, query.q, listScope(viewer)) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
