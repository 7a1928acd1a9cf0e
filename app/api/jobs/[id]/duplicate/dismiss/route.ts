import { route } from "@/lib/http/route";
import { dismissDuplicate } from "@/lib/jobs/duplicates-resolve";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "Keep both": the job is no longer marked as a duplicate, and will not be again. Answers the job. */
export const POST = route<{ id: string }>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await dismissDuplicate(services, params.id);
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
});
