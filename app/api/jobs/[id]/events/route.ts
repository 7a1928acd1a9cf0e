import { env } from "@/lib/env";
import { jobNotFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { assertVisibleJob } from "@/lib/jobs/visible-job";
import { jobStreamResponse } from "@/lib/sse/job-stream";
import { parseLastEventId, resumePoint } from "@/lib/sse/last-event-id";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The job's events as Server-Sent Events: everything after Last-Event-ID (the header a
 * reconnecting EventSource sends, or `?lastEventId=` for a first connection), then live.
 */
export const GET = route<{ id: string }>(async ({ request, params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const lastEventId = parseLastEventId(
    request.headers.get("last-event-id"),
    new URL(request.url).searchParams.get("lastEventId"),
  );
  const snapshot = await services.store.snapshot(params.id);
  if (!snapshot) throw jobNotFound(params.id);
  const finished = snapshot.status === "succeeded" || snapshot.status === "failed";
  if (finished && lastEventId >= snapshot.lastEventId) {
    // Nothing left to say: 204 tells an EventSource to stop reconnecting.
    return new Response(null, { status: 204 });
  }
  const config = env();
  return jobStreamResponse({
    jobId: params.id,
    afterSeq: resumePoint(lastEventId, snapshot.lastEventId),
    log: services.log,
    bus: services.bus,
    signal: request.signal,
    heartbeatMs: config.SSE_HEARTBEAT_MS,
    retryMs: config.SSE_RETRY_MS,
  });
});
