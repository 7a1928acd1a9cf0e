import { AppError } from "@/lib/errors";

/**
 * Where a client stands in a board stream (one stream for many jobs): for every job it has had
 * events of, the last one's sequence number, and when its board began. It is the SSE `id:` of
 * every board event, so a reconnecting EventSource hands it back as Last-Event-ID and any
 * instance resumes every job exactly where it was: `b1.1764900000000.<job>:<seq>,<job>:<seq>`.
 *
 * `since` bounds which finished jobs still belong to the board: a job the client has no
 * position for is replayed from its start when it is unfinished, or when it was created after
 * `since` (it started, and perhaps finished, while the client was away). Replaying a job that
 * is not in the cursor can never repeat an event: every job the client had an event of is in it.
 */
export interface BoardCursor {
  /** Epoch ms: jobs created from here on are the board's even when already finished. */
  since: number;
  positions: Map<string, number>;
}

const VERSION = "b1";
const JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function formatBoardCursor(cursor: BoardCursor): string {
  const positions = [...cursor.positions].map(([jobId, seq]) => `${jobId}:${seq}`).join(",");
  return `${VERSION}.${cursor.since}.${positions}`;
}

const invalid = () =>
  new AppError(
    "invalid_last_event_id",
    "Last-Event-ID must be an id this board stream sent (b1.<time>.<job>:<seq>,…), or empty.",
    400,
  );

/** The cursor a client sent, or null for a first connection (no id, or an empty one). */
export function parseBoardCursor(raw: string | null): BoardCursor | null {
  if (raw === null || raw === "") return null;
  const [version, since, list, ...rest] = raw.split(".");
  if (version !== VERSION || rest.length > 0 || since === undefined || list === undefined) throw invalid();
  if (!/^[0-9]{1,15}$/.test(since)) throw invalid();
  const positions = new Map<string, number>();
  for (const entry of list === "" ? [] : list.split(",")) {
    const separator = entry.lastIndexOf(":");
    const jobId = entry.slice(0, separator);
    const seq = entry.slice(separator + 1);
    if (separator < 1 || !JOB_ID.test(jobId) || !/^[0-9]{1,15}$/.test(seq) || positions.has(jobId)) throw invalid();
    positions.set(jobId, Number(seq));
  }
  return { since: Number(since), positions };
}
