import { type EventType, eventTypes, parseEventData } from "@/lib/events/schema";

/**
 * The page's one connection for every job it shows: an EventSource on the board stream
 * (GET /api/events, docs/streaming.md), shared by all job cards. Over HTTP/1.1 a browser opens
 * about six connections per host; one stream per job left jobs silent past the fourth, while
 * the board carries any number. The browser resumes it with the board cursor (every job's
 * position) when the connection drops; if it gives up, this reopens it from that cursor.
 *
 * Events of a job no card follows yet (the upload's answer is still on its way) are kept, and
 * handed over when its card starts following. The connection closes a little after the last
 * card stops following (every job on the page has finished).
 */
export type BoardState = "connecting" | "live" | "reconnecting";

export interface BoardEvent {
  id: number;
  type: EventType;
  data: unknown;
}

interface Follower {
  onEvent: (event: BoardEvent) => void;
  onState: (state: BoardState) => void;
}

/** Kept per job for a card that is not there yet; a job has a few dozen events, hundreds at most. */
const MAX_KEPT_PER_JOB = 2000;
const MAX_KEPT_JOBS = 200;
/** Cards come and go while a page renders: wait this long before closing an unused connection. */
const IDLE_CLOSE_MS = 5000;
const MAX_RETRY_MS = 15_000;

export class BoardConnection {
  private source: EventSource | null = null;
  private state: BoardState = "connecting";
  private cursor = "";
  private readonly followers = new Map<string, Set<Follower>>();
  private readonly kept = new Map<string, BoardEvent[]>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(private readonly url: string) {}

  /** Follows a job: its events (kept ones first), and the connection's state. Returns the stop. */
  follow(jobId: string, follower: Follower): () => void {
    clearTimeout(this.idleTimer);
    const set = this.followers.get(jobId) ?? new Set();
    set.add(follower);
    this.followers.set(jobId, set);
    for (const event of this.kept.get(jobId) ?? []) follower.onEvent(event);
    follower.onState(this.state);
    if (!this.source && this.retryTimer === undefined) this.open();
    return () => {
      set.delete(follower);
      if (set.size === 0) this.followers.delete(jobId);
      if (this.followers.size === 0) {
        clearTimeout(this.idleTimer);
        this.idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
      }
    };
  }

  private open(): void {
    const url = this.cursor ? `${this.url}?lastEventId=${encodeURIComponent(this.cursor)}` : this.url;
    const source = new EventSource(url);
    this.source = source;
    this.setState(this.failures > 0 ? "reconnecting" : "connecting");
    source.onopen = () => {
      if (this.source !== source) return;
      this.failures = 0;
      this.setState("live");
    };
    source.onerror = () => {
      if (this.source !== source) return;
      if (source.readyState === EventSource.CONNECTING) {
        // The browser is reconnecting by itself, with the cursor as Last-Event-ID.
        this.setState("reconnecting");
        return;
      }
      // CLOSED: the browser gave up (an error status from a proxy, say): reopen later ourselves.
      source.close();
      this.source = null;
      this.setState("reconnecting");
      const delay = Math.min(MAX_RETRY_MS, 1000 * 2 ** this.failures);
      this.failures++;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        if (this.followers.size > 0) this.open();
      }, delay);
    };
    for (const type of eventTypes) source.addEventListener(type, (raw) => this.receive(source, type, raw));
  }

  private receive(source: EventSource, type: EventType, raw: Event): void {
    if (this.source !== source) return;
    const message = raw as MessageEvent<unknown>;
    let body: { jobId: string; seq: number; data: unknown };
    try {
      body = JSON.parse(String(message.data));
      body.data = parseEventData(type, body.data);
    } catch (error) {
      console.warn(`[sukusho] ignored an invalid "${type}" board event:`, error);
      return;
    }
    if (typeof body.jobId !== "string" || !Number.isSafeInteger(body.seq) || body.seq < 1) return;
    if (message.lastEventId) this.cursor = message.lastEventId;
    const event: BoardEvent = { id: body.seq, type, data: body.data };
    this.keep(body.jobId, event);
    for (const follower of this.followers.get(body.jobId) ?? []) follower.onEvent(event);
  }

  private keep(jobId: string, event: BoardEvent): void {
    const events = this.kept.get(jobId) ?? [];
    if (events.length < MAX_KEPT_PER_JOB) events.push(event);
    this.kept.delete(jobId);
    this.kept.set(jobId, events);
    // The oldest jobs' events go first; their cards have long had them.
    while (this.kept.size > MAX_KEPT_JOBS) {
      const oldest = this.kept.keys().next().value;
      if (oldest === undefined) break;
      this.kept.delete(oldest);
    }
  }

  private setState(state: BoardState): void {
    this.state = state;
    for (const set of this.followers.values()) for (const follower of set) follower.onState(state);
  }

  private close(): void {
    if (this.followers.size > 0) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.source?.close();
    this.source = null;
    this.failures = 0;
    this.state = "connecting";
    // A later board starts afresh with the jobs unfinished then, not with this one's history.
    this.cursor = "";
  }
}

let shared: BoardConnection | null = null;

/** The page's board connection (one per tab). */
export function boardConnection(): BoardConnection {
  shared ??= new BoardConnection("/api/events");
  return shared;
}
