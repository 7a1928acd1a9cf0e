import { AppError } from "@/lib/errors";

/**
 * Where a client says it stands in a job's stream: the `Last-Event-ID` header a reconnecting
 * EventSource sends, else `?lastEventId=` (a page that rendered a snapshot), else 0. Event ids
 * are written by this server as plain decimal digits, so only plain decimal digits come back:
 * `0x10`, `1e3`, ` 5`, `-1` or `2.0` are not an id this server wrote, and a guess at what
 * the client meant could replay the wrong events, so they are refused (400), as any other
 * malformed id always was. An empty value means "from the start", as an EventSource sends
 * before it has seen an id.
 */
export function parseLastEventId(header: string | null, query: string | null): number {
  const raw = header ?? query ?? "";
  if (raw === "") return 0;
  const id = /^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id)) {
    throw new AppError("invalid_last_event_id", "Last-Event-ID must be an event id: decimal digits only.", 400);
  }
  return id;
}

/**
 * The id a stream replays after. An id beyond the job's log (a client from a database since
 * reset, or a hand-written one) is taken as "up to date": the stream follows from the log's
 * current end, so the client gets every event still to come, `job.done` included, and the
 * stream closes there like any other. Kept as asked, such a stream would drop every new event
 * (none would be above the client's id) and never end.
 */
export function resumePoint(requested: number, lastEventId: number): number {
  return Math.min(requested, lastEventId);
}
