import { route } from "@/lib/http/route";
import { answerJobEvents } from "@/lib/sse/event-routes";
import { sseResponse } from "@/lib/sse/stream-output";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The job's events as Server-Sent Events: everything after Last-Event-ID (the header a
 * reconnecting EventSource sends, or `?lastEventId=` for a first connection), then live.
 * Under `npm start` the Node layer beside Next answers this URL first
 * (lib/sse/node-events-server.ts); this handler serves it
 * wherever that layer is not installed (a request that arrives before instrumentation has run).
 */
export const GET = route<{ id: string }>(async ({ request, params, services, viewer }) => {
  const answer = await answerJobEvents(
    { url: new URL(request.url), headers: request.headers },
    params.id,
    services,
    viewer,
  );
  return "response" in answer ? answer.response : sseResponse(answer.stream, request.signal);
});
