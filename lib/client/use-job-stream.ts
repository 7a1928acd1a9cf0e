import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { ApiError, getJob } from "@/lib/client/api";
import {
  applyReview,
  applySnapshot,
  initialJobView,
  isFinished,
  type JobView,
  reduceJobView,
  type StreamEvent,
} from "@/lib/client/job-view";
import { streamSlots } from "@/lib/client/stream-slots";
import { type EventType, eventTypes, isFinalEvent, parseEventData } from "@/lib/events/schema";
import type { CreatedJob, JobSnapshot } from "@/lib/jobs/schema";

/**
 * Where the card's live connection stands:
 * `connecting` before the first open (or while waiting for a free connection),
 * `live` while events can arrive, `reconnecting` after the connection dropped (the browser,
 * or this hook when the browser gave up, resumes it from the last event), `closed` once the
 * job is finished and no stream is needed.
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "closed";

type Action =
  | { kind: "event"; event: StreamEvent }
  | { kind: "snapshot"; snapshot: JobSnapshot }
  | { kind: "review"; snapshot: JobSnapshot };

function reduce(state: JobView, action: Action): JobView {
  if (action.kind === "event") return reduceJobView(state, action.event);
  if (action.kind === "review") return applyReview(state, action.snapshot);
  return applySnapshot(state, action.snapshot);
}

/** Longest wait between two attempts to bring back a stream the browser gave up on. */
const MAX_RETRY_MS = 15_000;

/**
 * Follows one job live. For an unfinished job it opens one EventSource on the job's events
 * link, validates every event against the protocol (invalid ones are logged and ignored),
 * and folds them into a {@link JobView}; on `job.done` it closes the stream. When the
 * connection drops the browser reconnects by itself with Last-Event-ID, and the state says
 * `reconnecting` meanwhile; only if the browser gives up for good (e.g. a proxy answered 502)
 * does the hook check the job and open a new stream from the last event it has. A finished
 * job is shown from its snapshot and opens no stream. Unmounting closes everything.
 *
 * `applyReview` takes the corrections and the acceptance from the job as the server answered
 * a correction, a revert or an accept (the stream says nothing about those).
 *
 * `priority` orders the streams when too many jobs run at once (lower first: pass the job's
 * creation time so the oldest job, the one the server runs first, is followed first).
 */
export function useJobStream(
  job: CreatedJob | JobSnapshot,
  options: { priority?: number } = {},
): { view: JobView; connection: ConnectionState; applyReview: (snapshot: JobSnapshot) => void } {
  const [view, dispatch] = useReducer(reduce, job, initialJobView);
  const finishedRef = useRef(isFinished(view));
  const lastIdRef = useRef(view.lastEventId);
  const [connection, setConnection] = useState<ConnectionState>(() => (finishedRef.current ? "closed" : "connecting"));

  const jobId = job.id;
  const eventsUrl = job.links.events;
  const priority = options.priority ?? 0;

  useEffect(() => {
    if (finishedRef.current) {
      setConnection("closed");
      return;
    }
    let stopped = false;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    setConnection("connecting");

    const finish = () => {
      finishedRef.current = true;
      source?.close();
      source = null;
      release();
      setConnection("closed");
    };

    const receive = (type: EventType, from: EventSource) => (raw: Event) => {
      if (stopped || source !== from) return;
      const message = raw as MessageEvent<unknown>;
      let data: StreamEvent["data"];
      try {
        data = parseEventData(type, JSON.parse(String(message.data)));
      } catch (error) {
        console.warn(`[sukusho] ignored an invalid "${type}" event for job ${jobId}:`, error);
        return;
      }
      const id = Number(message.lastEventId);
      if (!Number.isSafeInteger(id) || id < 1) {
        console.warn(`[sukusho] ignored a "${type}" event without a valid id for job ${jobId}`);
        return;
      }
      if (id > lastIdRef.current) lastIdRef.current = id;
      dispatch({ kind: "event", event: { id, type, data } as StreamEvent });
      if (isFinalEvent({ type })) finish();
    };

    const open = () => {
      if (stopped) return;
      const last = lastIdRef.current;
      const url = last > 0 ? `${eventsUrl}${eventsUrl.includes("?") ? "&" : "?"}lastEventId=${last}` : eventsUrl;
      const next = new EventSource(url);
      source = next;
      next.onopen = () => {
        if (source !== next) return;
        failures = 0;
        setConnection("live");
      };
      next.onerror = () => {
        if (stopped || source !== next) return;
        if (next.readyState === EventSource.CONNECTING) {
          // The browser is already reconnecting, with Last-Event-ID: just say so.
          setConnection("reconnecting");
          return;
        }
        // CLOSED: the browser gave up on this stream (an error status or a 204).
        next.close();
        source = null;
        if (finishedRef.current) {
          finish();
          return;
        }
        retryLater();
      };
      for (const type of eventTypes) next.addEventListener(type, receive(type, next));
    };

    /** The browser gave up: see where the job stands, then follow it from the last event. */
    const recover = async () => {
      try {
        const snapshot = await getJob(jobId);
        if (stopped) return;
        if (isFinished(snapshot)) {
          dispatch({ kind: "snapshot", snapshot });
          finish();
          return;
        }
        open();
      } catch (error) {
        if (stopped) return;
        if (error instanceof ApiError && error.status === 404) {
          // The job is gone (deleted elsewhere): nothing left to follow.
          finishedRef.current = true;
          release();
          setConnection("closed");
          return;
        }
        retryLater();
      }
    };

    const retryLater = () => {
      setConnection("reconnecting");
      const delay = Math.min(MAX_RETRY_MS, 1000 * 2 ** failures);
      failures++;
      retryTimer = setTimeout(() => void recover(), delay);
    };

    const release = streamSlots.acquire(priority, open);

    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
      source = null;
      release();
    };
  }, [jobId, eventsUrl, priority]);

  const review = useCallback((snapshot: JobSnapshot) => dispatch({ kind: "review", snapshot }), []);

  return { view, connection, applyReview: review };
}
