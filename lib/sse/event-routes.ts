import { boardQuerySchema } from "@/app/api/events/schema";
import { canSee, type Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { jobNotFound } from "@/lib/errors";
import { boardJobIds } from "@/lib/jobs/board-jobs";
import type { JobStreamState } from "@/lib/jobs/job-store";
import { assertVisibleJob, listScope } from "@/lib/jobs/visible-job";
import type { Services } from "@/lib/services";
import { parseBoardCursor } from "@/lib/sse/board-cursor";
import { boardStream } from "@/lib/sse/board-stream";
import { jobStream } from "@/lib/sse/job-stream";
import { parseLastEventId, resumePoint } from "@/lib/sse/last-event-id";
import { streamHub } from "@/lib/sse/stream-hub";
import type { StreamStart } from "@/lib/sse/stream-output";

/** What the two event routes read of a request. */
export interface EventsRequest {
  url: URL;
  headers: Headers;
}

/**
 * What the event routes answer: a stream to open, or a plain response (204 when nothing is left
 * to send). Errors are thrown as AppErrors. Shared by the Next.js route handlers and the Node
 * layer that serves the same URLs beside Next (lib/sse/node-events-server.ts).
 */
export type EventsAnswer = { stream: StreamStart } | { response: Response };

/** `GET /api/jobs/:id/events`: the job's events after Last-Event-ID, then live. */
export async function answerJobEvents(
  request: EventsRequest,
  jobId: string,
  services: Services,
  viewer: Viewer,
): Promise<EventsAnswer> {
  const config = env();
  const state =
    unfinishedFollowed(services, jobId, config.SSE_HEARTBEAT_MS) ?? (await services.store.streamState(jobId));
  if (state === undefined || !canSee(viewer, state)) throw jobNotFound(jobId);
  const lastEventId = parseLastEventId(
    request.headers.get("last-event-id"),
    request.url.searchParams.get("lastEventId"),
  );
  if (state.finished && lastEventId >= state.lastEventId) {
    // Nothing left to say: 204 tells an EventSource to stop reconnecting.
    return { response: new Response(null, { status: 204 }) };
  }
  return {
    stream: jobStream({
      jobId,
      owner: state.userId,
      afterSeq: resumePoint(lastEventId, state.lastEventId),
      log: services.log,
      bus: services.bus,
      heartbeatMs: config.SSE_HEARTBEAT_MS,
      retryMs: config.SSE_RETRY_MS,
    }),
  };
}

/**
 * What this process already knows of a job its streams follow, when that is enough to open one
 * more stream without a query: only while the job runs, because a finished job may since have
 * been deleted (a running one cannot be), and its owner is known.
 */
function unfinishedFollowed(services: Services, jobId: string, heartbeatMs: number): JobStreamState | undefined {
  const state = streamHub(services.bus, heartbeatMs).followedState(jobId);
  if (state === undefined || state.finished || state.userId === undefined) return undefined;
  return { userId: state.userId, finished: false, lastEventId: state.lastEventId };
}

/**
 * `GET /api/events`: the events of many jobs on one stream, the viewer's whole board or the
 * jobs in `?jobs=a,b`, resumed from the board cursor (docs/streaming.md, "One stream for the board").
 */
export async function answerBoardEvents(
  request: EventsRequest,
  services: Services,
  viewer: Viewer,
): Promise<EventsAnswer> {
  const query = boardQuerySchema.parse(Object.fromEntries(request.url.searchParams));
  const cursor = parseBoardCursor(request.headers.get("last-event-id") ?? query.lastEventId ?? null);
  for (const jobId of query.jobs ?? []) await assertVisibleJob(services, viewer, jobId);
  const config = env();
  return {
    stream: boardStream({
      chosen: query.jobs ?? null,
      cursor,
      now: Date.now(),
      boardJobs: (since) => boardJobIds(services.db, listScope(viewer), since),
      canSee: async (jobId) => {
        const owner = await services.store.ownerOf(jobId);
        return owner !== undefined && canSee(viewer, { userId: owner });
      },
      isFinished: async (jobId) => (await services.store.streamState(jobId))?.finished ?? true,
      log: services.log,
      bus: services.bus,
      heartbeatMs: config.SSE_HEARTBEAT_MS,
      retryMs: config.SSE_RETRY_MS,
    }),
  };
}
