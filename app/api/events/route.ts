import { route } from "@/lib/http/route";
import { answerBoardEvents } from "@/lib/sse/event-routes";
import { sseResponse } from "@/lib/sse/stream-output";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The events of many jobs on one stream: the viewer's whole board (unfinished jobs and every job
 * created while it is open), or the jobs in `?jobs=a,b`. Resumes from the board cursor a
 * reconnecting EventSource sends as Last-Event-ID (docs/streaming.md, "One stream for the board").
 * Under `npm start` the Node layer beside Next answers this URL first
 * (lib/sse/node-events-server.ts); this handler serves it
 * wherever that layer is not installed (a request that arrives before instrumentation has run).
 */
export const GET = route(async ({ request, services, viewer }) => {
  const answer = await answerBoardEvents({ url: new URL(request.url), headers: request.headers }, services, viewer);
  return "response" in answer ? answer.response : sseResponse(answer.stream, request.signal);
});
