import { route } from "@/lib/http/route";
import { finishedJob } from "@/lib/jobs/finished-job";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Marks the (corrected) result as accepted by the user. Answers the job. */
export const POST = route<{ id: string }>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await finishedJob(services, params.id);
  await services.store.accept(job.id);
  return Response.json(await services.store.snapshot(job.id), { headers: { "Cache-Control": "no-store" } });
});
