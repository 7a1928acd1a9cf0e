import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { boardConnection } from "@/lib/client/board-connection";
import {
  applyReview,
  applySnapshot,
  initialJobView,
  isFinished,
  type JobView,
  reduceJobView,
  type StreamEvent,
} from "@/lib/client/job-view";
import { isFinalEvent } from "@/lib/events/schema";
import type { CreatedJob, JobSnapshot } from "@/lib/jobs/schema";

/**
 * Where the card's live connection stands: `connecting` before the board's first open, `live`
 * while events can arrive, `reconnecting` after the connection dropped (the browser, or the
 * board connection when the browser gave up, resumes it from the board cursor), `closed` once
 * the job is finished and no stream is needed.
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

/**
 * Follows one job live. For an unfinished job it follows the page's board connection
 * (lib/client/board-connection.ts: one EventSource for every job on the page), validates every
 * event, and folds it into a {@link JobView}; on `job.done` it stops following. When the
 * connection drops the browser resumes the board by itself, and the state says `reconnecting`
 * meanwhile. A finished job is shown from its snapshot and follows nothing. Unmounting stops.
 *
 * `applyReview` takes the corrections and the acceptance from the job as the server answered
 * a correction, a revert or an accept (the stream says nothing about those).
 */
export function useJobStream(job: CreatedJob | JobSnapshot): {
  view: JobView;
  connection: ConnectionState;
  applyReview: (snapshot: JobSnapshot) => void;
} {
  const [view, dispatch] = useReducer(reduce, job, initialJobView);
  const finishedRef = useRef(isFinished(view));
  const [connection, setConnection] = useState<ConnectionState>(() => (finishedRef.current ? "closed" : "connecting"));

  const jobId = job.id;

  useEffect(() => {
    if (finishedRef.current) {
      setConnection("closed");
      return;
    }
    let stopped = false;
    let stop = () => {};
    const finish = () => {
      finishedRef.current = true;
      stopped = true;
      stop();
      setConnection("closed");
    };
    stop = boardConnection().follow(jobId, {
      onEvent: (event) => {
        if (stopped) return;
        dispatch({ kind: "event", event: event as StreamEvent });
        if (isFinalEvent(event)) finish();
      },
      onState: (state) => {
        if (!stopped) setConnection(state);
      },
    });
    // A follower may have been handed the job's end at once (kept events): stop is set by now.
    if (stopped) stop();
    return () => {
      stopped = true;
      stop();
    };
  }, [jobId]);

  const review = useCallback((snapshot: JobSnapshot) => dispatch({ kind: "review", snapshot }), []);

  return { view, connection, applyReview: review };
}
