import { z } from "zod";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";
import { finishedJob } from "@/lib/jobs/finished-job";
import { assertVisibleJob } from "@/lib/jobs/visible-job";
import { validateCorrection } from "@/lib/review/corrections";
import { correctionInputSchema } from "@/lib/review/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { id: string };

/** Corrects one value: stored beside the original, which the result keeps. Answers the job. */
export const PUT = route<Params>(async ({ request, params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await finishedJob(services, params.id);
  const body = await readJsonBody(request);
  const correction = validateCorrection(job.result.document, correctionInputSchema.parse(body));
  await services.store.correct(job.id, correction.path, correction.value, job.result);
  return Response.json(await services.store.snapshot(job.id), { headers: { "Cache-Control": "no-store" } });
});

/** Reverts one value to what was read (`?path=`). Answers the job. */
export const DELETE = route<Params>(async ({ request, params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await finishedJob(services, params.id);
  const { path } = z.object({ path: z.string().min(1) }).parse(Object.fromEntries(new URL(request.url).searchParams));
  await services.store.revert(job.id, path, job.result);
  return Response.json(await services.store.snapshot(job.id), { headers: { "Cache-Control": "no-store" } });
});
