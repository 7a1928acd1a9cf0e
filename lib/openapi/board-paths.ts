import { boardQuerySchema } from "@/app/api/events/schema";
import { ref } from "@/lib/openapi/components";
import { header, type Operation, queryParameters } from "@/lib/openapi/helpers";

/** The board stream (docs/streaming.md, "One stream for the board"). Listed in `paths.ts` after the job stream. */
export const boardOperations: Operation[] = [
  {
    method: "get",
    path: "/api/events",
    operationId: "streamBoardEvents",
    tags: ["events"],
    summary: "Follow many jobs on one stream",
    description:
      "Server-Sent Events for several jobs at once: without `jobs`, the viewer's whole board (every unfinished job, " +
      "and every job created while the stream is open, from its first event); with `jobs`, those jobs, and the " +
      "server closes the stream once each has sent `job.done`. Each event's `id` is a board cursor holding every " +
      "job's position: an `EventSource` sends it back as `Last-Event-ID` when it reconnects, to any instance, and " +
      "each job resumes after its own last event, with no gap and no repeat. Opens with a `retry:` block and sends " +
      "`: keep-alive` comments. Over HTTP/1.1 a browser opens at most six connections per host; one board stream " +
      "follows every job.",
    parameters: [
      ...queryParameters(boardQuerySchema, {
        jobs: "Job ids separated by commas (1 to 200, each the viewer's); without it, the whole board.",
        lastEventId: "A board cursor for a first connection that resumes; `Last-Event-ID` wins.",
      }),
      {
        name: "Last-Event-ID",
        in: "header",
        required: false,
        description: "The board cursor of the last event received (a reconnecting `EventSource` sends it).",
        schema: { type: "string" },
      },
    ],
    errors: {
      400: { invalid_last_event_id: "`Last-Event-ID` is not a board cursor this server wrote." },
      404: { job_not_found: "A job in `jobs` does not exist, or is not the viewer's." },
      422: { invalid_request: "`jobs` is empty or has more than 200 ids." },
    },
    responses: {
      "200": {
        description: "The event stream.",
        headers: {
          "Cache-Control": header("`no-cache, no-transform`: no proxy may buffer, compress or cache the stream."),
          "X-Accel-Buffering": header("`no`: nginx must not buffer the stream."),
          "X-Sukusho-Instance": header("Which server process answered (for operators)."),
        },
        content: { "text/event-stream": { itemSchema: ref("BoardEvent") } },
      },
    },
  },
];
