import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate } from "@/lib/auth/authenticate";
import { ensureBooted } from "@/lib/boot";
import { errorResponse, jobNotFound } from "@/lib/errors";
import { EVERY_RESPONSE_HEADERS } from "@/lib/http/response-headers";
import { services } from "@/lib/services";
import { answerBoardEvents, answerJobEvents, type EventsRequest } from "@/lib/sse/event-routes";
import { INSTANCE_ID, SSE_HEADERS } from "@/lib/sse/headers";
import { nodeStreamOutput } from "@/lib/sse/node-stream-output";

/** An event route a request asks for. */
export type EventsRoute = { kind: "board" } | { kind: "job"; rawId: string };

const JOB_EVENTS_PATH = /^\/api\/jobs\/([^/]+)\/events$/;

/**
 * Which event route a request is for, or null for anything else (Next serves it). Only exact
 * paths and GET: a trailing slash, HEAD or any other method still gets Next's answer.
 */
export function eventsRouteOf(method: string | undefined, url: string | undefined): EventsRoute | null {
  if (method !== "GET" || !url) return null;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (path === "/api/events") return { kind: "board" };
  const rawId = JOB_EVENTS_PATH.exec(path)?.[1];
  return rawId === undefined ? null : { kind: "job", rawId };
}

/**
 * Serves an event route on Node's own request and response, the way the Next.js route handler
 * would (same answers, errors, headers and stream), without Next's per-request machinery: the
 * web Request and Response, the route wrapper, and the bridge from a web stream to the socket
 * cost more than the stream itself (docs/streaming.md, "Cheap streams"). Same-origin checks
 * are for state-changing methods only; this serves GET alone.
 */
export async function serveEventsRoute(route: EventsRoute, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const gone = new AbortController();
  res.once("close", () => gone.abort());
  try {
    await ensureBooted();
    const request: EventsRequest = { url: new URL(req.url ?? "/", "http://localhost"), headers: headersOf(req) };
    const app = services();
    const viewer = await authenticate(request, app);
    const answer =
      route.kind === "board"
        ? await answerBoardEvents(request, app, viewer)
        : await answerJobEvents(request, decodeJobId(route.rawId), app, viewer);
    if ("response" in answer) return await sendResponse(res, answer.response);
    if (gone.signal.aborted) return;
    res.writeHead(200, { ...EVERY_RESPONSE_HEADERS, ...SSE_HEADERS, "X-Sukusho-Instance": INSTANCE_ID });
    answer.stream(nodeStreamOutput(res), gone.signal);
  } catch (error) {
    await sendResponse(res, errorResponse(error));
  }
}

/** A job id from the path; one that is not valid percent-encoding names no job (as proxy.ts answers). */
function decodeJobId(rawId: string): string {
  try {
    return decodeURIComponent(rawId);
  } catch {
    throw jobNotFound(rawId);
  }
}

/** Node's parsed headers as web Headers (what authentication and the routes read). */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** Writes a web Response (a 204, a JSON error) to Node's response. */
async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  if (res.destroyed) return;
  if (res.headersSent) {
    // A stream that failed after its headers went out: end it (the client reconnects and resumes).
    res.end();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, {
    ...EVERY_RESPONSE_HEADERS,
    ...Object.fromEntries(response.headers),
    "Content-Length": body.length,
  });
  res.end(body);
}
