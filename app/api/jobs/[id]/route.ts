import { AppError, jobNotFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { id: string };

/** The job as it stands now, with its result once done. */
export const GET = route<Params>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const snapshot = await services.store.snapshot(params.id);
  if (!snapshot) throw jobNotFound(params.id);
  return Response.json(snapshot, { headers: { "Cache-Control": "no-store" } });
});

/** Deletes the job, its steps, its events and its image. A job still running is kept. */
export const DELETE = route<Params>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await services.store.find(params.id);
  if (!job) throw jobNotFound(params.id);
  if (job.status === "queued" || job.status === "running") {
    throw new AppError("job_running", "This job is still running; delete it once it has finished.", 409);
  }
  const imageKey = await services.store.delete(params.id);
  if (imageKey === null) throw jobNotFound(params.id);
  await services.images.remove(imageKey);
  return new Response(null, { status: 204 });
});
