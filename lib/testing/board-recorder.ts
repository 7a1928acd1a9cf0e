import { type EventType, isFinalEvent, parseEventData } from "@/lib/events/schema";
import { SseParser } from "@/lib/sse/parse";

/**
 * Records a board stream (GET /api/events: many jobs on one stream), as sse-recorder.ts does a
 * job's: every event with its job, its sequence number in that job and the board cursor it
 * carried, and checks that each job's events came exactly once, in order.
 */
export interface BoardEventReceived {
  cursor: string;
  jobId: string;
  seq: number;
  type: EventType;
  data: unknown;
}

export interface BoardRecording {
  status: number;
  headers: Headers;
  events: BoardEventReceived[];
  closedByServer: boolean;
  dropped: boolean;
}

export interface BoardRecordOptions {
  /** Sent as Last-Event-ID: the cursor of the last event received before. */
  lastEventId?: string;
  /** Stop (disconnect) once this returns true, after an event. */
  until?: (events: BoardEventReceived[]) => boolean;
  onOpen?: (headers: Headers) => void;
  onEvent?: (event: BoardEventReceived) => void;
  /** Return what was received when the connection breaks instead of throwing. */
  tolerateDrop?: boolean;
  timeoutMs?: number;
}

export async function recordBoard(url: string, options: BoardRecordOptions = {}): Promise<BoardRecording> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timer = setTimeout(() => controller.abort(new Error(`board not finished after ${timeoutMs} ms`)), timeoutMs);
  const headers: Record<string, string> = { Accept: "text/event-stream" };
  if (options.lastEventId !== undefined) headers["Last-Event-ID"] = options.lastEventId;
  const recording: BoardRecording = {
    status: 0,
    headers: new Headers(),
    events: [],
    closedByServer: false,
    dropped: false,
  };
  let stopped = false;
  const parser = new SseParser({
    onEvent: (raw) => {
      if (stopped) return;
      const body = JSON.parse(raw.data) as { jobId: string; seq: number; data: unknown };
      const event: BoardEventReceived = {
        cursor: raw.id ?? "",
        jobId: body.jobId,
        seq: body.seq,
        type: raw.event as EventType,
        data: parseEventData(raw.event, body.data),
      };
      recording.events.push(event);
      options.onEvent?.(event);
      if (options.until?.(recording.events)) {
        stopped = true;
        controller.abort();
      }
    },
  });
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    recording.status = response.status;
    recording.headers = response.headers;
    options.onOpen?.(response.headers);
    if (!response.body) return recording;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(value);
    }
    recording.closedByServer = true;
    return recording;
  } catch (error) {
    if (stopped) return recording;
    if (options.tolerateDrop && !controller.signal.aborted) {
      recording.dropped = true;
      return recording;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Each job's events by job id, in the order received. */
export function byJob(events: BoardEventReceived[]): Map<string, BoardEventReceived[]> {
  const jobs = new Map<string, BoardEventReceived[]>();
  for (const event of events) jobs.set(event.jobId, [...(jobs.get(event.jobId) ?? []), event]);
  return jobs;
}

/** Whether every one of these jobs has sent its final event. */
export const allDone = (events: BoardEventReceived[], jobIds: string[]) =>
  jobIds.every((jobId) => events.some((event) => event.jobId === jobId && isFinalEvent(event)));

/**
 * The contract per job: its events numbered 1, 2, 3… with no gap and no repeat, ending with its
 * final event.
 */
export function assertCompleteJobs(events: BoardEventReceived[], jobIds: string[]): void {
  const jobs = byJob(events);
  for (const jobId of jobIds) {
    const seqs = (jobs.get(jobId) ?? []).map((event) => event.seq);
    const expected = seqs.map((_, index) => index + 1);
    if (JSON.stringify(seqs) !== JSON.stringify(expected)) {
      throw new Error(`job ${jobId}: events ${seqs.join(",")} are not 1..${seqs.length} exactly once`);
    }
    const last = jobs.get(jobId)?.at(-1);
    if (!last || !isFinalEvent(last)) throw new Error(`job ${jobId}: the last event is not job.done`);
  }
}
