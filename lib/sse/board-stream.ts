import { isFinalEvent, type JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { type BoardCursor, formatBoardCursor } from "@/lib/sse/board-cursor";
import { encodeMessage } from "@/lib/sse/encode";
import { streamHub } from "@/lib/sse/stream-hub";
import { openStreamLifetime } from "@/lib/sse/stream-lifetime";
import { type StreamStart, sseResponse } from "@/lib/sse/stream-output";

export interface BoardStreamOptions {
  /** The jobs asked for (`?jobs=`), already checked as the viewer's; null: the whole board. */
  chosen: string[] | null;
  /** From Last-Event-ID; null for a first connection. */
  cursor: BoardCursor | null;
  /** Now, epoch ms: a new board begins here. */
  now: number;
  /** The viewer's jobs that are unfinished or were created at or after `since`. */
  boardJobs: (since: Date) => Promise<string[]>;
  /** Whether the viewer may see a job (another user's job never joins their board). */
  canSee: (jobId: string) => Promise<boolean>;
  /** Whether a job has finished (its `job.done` is stored). */
  isFinished: (jobId: string) => Promise<boolean>;
  log: EventLog;
  bus: EventBus;
  heartbeatMs: number;
  retryMs: number;
}

/** A new board also takes jobs created a little before it opened (clocks of two instances differ). */
const SINCE_MARGIN_MS = 60_000;

interface Followed {
  lastSent: number;
  replaying: boolean;
  heldBack: JobEvent[];
  done: boolean;
  leave: () => void;
}

const textEncoder = new TextEncoder();

/**
 * One stream for many jobs: every event of the viewer's jobs (or of the chosen ones) as
 * `event: <type>`, `data: {"jobId", "seq", "data"}`, with the board cursor as `id:`
 * (lib/sse/board-cursor.ts). Each job is replayed after its position, then followed live
 * through the process's hub, with the same no-gap, no-duplicate seam as the per-job stream.
 * The whole board stays open and takes jobs created while it is open (the bus says a job has
 * news; a job of the viewer's joins from its first event); a chosen set ends once every job in
 * it has finished.
 */
export function boardStream(options: BoardStreamOptions): StreamStart {
  return (output, signal) => {
    const hub = streamHub(options.bus, options.heartbeatMs);
    const since = options.cursor?.since ?? options.now - SINCE_MARGIN_MS;
    const positions = new Map(options.cursor?.positions);
    const followed = new Map<string, Followed>();
    /** Jobs looked at and found not the viewer's, or being looked at now. */
    const considered = new Set<string>();

    const endIfChosenDone = () => {
      if (options.chosen?.every((jobId) => followed.get(jobId)?.done)) life.stop();
    };
    const finish = (state: Followed) => {
      state.done = true;
      state.leave();
      endIfChosenDone();
    };
    const deliver = (state: Followed, event: JobEvent) => {
      if (life.closed || state.done) return;
      if (event.id > state.lastSent) {
        state.lastSent = event.id;
        positions.set(event.jobId, event.id);
        life.write(
          textEncoder.encode(
            encodeMessage({
              id: formatBoardCursor({ since, positions }),
              event: event.type,
              data: { jobId: event.jobId, seq: event.id, data: event.data },
            }),
          ),
        );
      }
      if (isFinalEvent(event)) finish(state);
    };

    const follow = async (jobId: string) => {
      if (life.closed || followed.has(jobId)) return;
      const state: Followed = {
        lastSent: positions.get(jobId) ?? 0,
        replaying: true,
        heldBack: [],
        done: false,
        leave: () => {},
      };
      followed.set(jobId, state);
      state.leave = hub.join(jobId, {
        receive: (event) => {
          if (state.replaying) state.heldBack.push(event);
          else deliver(state, event);
        },
        beat: () => {},
      });
      const replayed = await hub.replay(options.log, jobId, state.lastSent);
      for (const event of replayed) deliver(state, event);
      state.replaying = false;
      for (const event of state.heldBack.splice(0)) deliver(state, event);
      // The client already had this job's end (its position is the last event): nothing more comes.
      if (!state.done && replayed.length === 0 && (await options.isFinished(jobId))) finish(state);
    };

    const consider = (jobId: string) => {
      if (life.closed || followed.has(jobId) || considered.has(jobId)) return;
      considered.add(jobId);
      void options
        .canSee(jobId)
        .then((visible) => (visible ? follow(jobId) : undefined))
        .catch((error) => console.error(`[sukusho] board: could not add job ${jobId}:`, error));
    };

    // Listening before looking: a job created in between is heard of, not missed.
    const unwatch = options.chosen ? () => {} : options.bus.watch(consider);
    const quiet = hub.beat({ receive: () => {}, beat: (bytes) => life.write(bytes) });
    const life = openStreamLifetime({
      output,
      signal,
      retryMs: options.retryMs,
      release: () => {
        unwatch();
        quiet();
        for (const state of followed.values()) state.leave();
      },
    });
    if (life.closed) return life.stop;

    void (async () => {
      try {
        if (options.chosen) {
          await Promise.all(options.chosen.map((jobId) => follow(jobId)));
          endIfChosenDone();
          return;
        }
        const scope = new Set(await options.boardJobs(new Date(since)));
        for (const jobId of positions.keys()) {
          if (!scope.has(jobId)) consider(jobId);
        }
        await Promise.all([...scope].map((jobId) => follow(jobId)));
      } catch (error) {
        console.error("[sukusho] board stream replay failed:", error);
        life.stop();
      }
    })();
    return life.stop;
  };
}

/** {@link boardStream} as a web Response; `signal` aborts when the client goes away. */
export function boardStreamResponse(options: BoardStreamOptions & { signal: AbortSignal }): Response {
  return sseResponse(boardStream(options), options.signal);
}
