import { exportFormatSchema, exportResponse } from "@/lib/export/export-response";
import { route } from "@/lib/http/route";
import { finishedJob } from "@/lib/jobs/finished-job";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One job's result as a JSON or CSV download (`?format=`). */
export const GET = route<{ id: string }>(async ({ request, params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const { format } = exportFormatSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const job = await finishedJob(services, params.id);
  return exportResponse([job], format, `sukusho-${job.id.slice(0, 8)}`);
});
