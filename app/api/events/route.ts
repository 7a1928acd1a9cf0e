import { boardQuerySchema } from "@/app/api/events/schema";
import { canSee } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";
import { boardJobIds } from "@/lib/jobs/board-jobs";
import { assertVisibleJob, listScope } from "@/lib/jobs/visible-job";
import { parseBoardCursor } from "@/lib/sse/board-cursor";
import { boardStreamResponse } from "@/lib/sse/board-stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The events of many jobs on one stream: the viewer's whole board (unfinished jobs and every job
 * created while it is open), or the jobs in `?jobs=a,b`. Resumes from the board cursor a
 * reconnecting EventSource sends as Last-Event-ID (docs/streaming.md, "One stream for the board").
 */
export const GET = route(async ({ request, services, viewer }) => {
  const query = boardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const cursor = parseBoardCursor(request.headers.get("last-event-id") ?? query.lastEventId ?? null);
  for (const jobId of query.jobs ?? []) await assertVisibleJob(services, viewer, jobId);
  const config = env();
  return boardStreamResponse({
    chosen: query.jobs ?? null,
    cursor,
    now: Date.now(),
    boardJobs: (since) => boardJobIds(services.db, listScope(viewer), since),
    canSee: async (jobId) => {
      const owner = await services.store.ownerOf(jobId);
      return owner !== undefined && canSee(viewer, { userId: owner });
    },
    isFinished: async (jobId) => {
      const job = await services.store.find(jobId);
      return job === null || job.status === "succeeded" || job.status === "failed";
    },
    log: services.log,
    bus: services.bus,
    signal: request.signal,
    heartbeatMs: config.SSE_HEARTBEAT_MS,
    retryMs: config.SSE_RETRY_MS,
  });
});
