import { EventEmitter } from "node:events";
import pg from "pg";
import type { JobEvent } from "@/lib/events/schema";
import { ANY_JOB, type EventBus } from "@/lib/jobs/event-bus";

/**
 * The event bus across processes, over PostgreSQL LISTEN/NOTIFY. An event is stored first;
 * then a NOTIFY carries only "jobId:seq". Each process keeps ONE listening connection (not one
 * per client): on a notification for a job someone here follows, it reads that job's events
 * after the last one it delivered and hands them to its local subscribers, in order. Reading
 * "everything after" rather than "the one id" makes missed or reordered notifications harmless,
 * and after the listener reconnects every followed job is read again from its cursor.
 */

export const EVENTS_CHANNEL = "sukusho_events";
const RECONNECT_DELAY_MS = 500;

export interface PgEventBusOptions {
  url: string;
  /** Reads a job's stored events after a sequence number. */
  readEvents: (jobId: string, afterSeq: number) => Promise<JobEvent[]>;
  /** Sends the NOTIFY (through the app's pool). */
  notify: (channel: string, payload: string) => Promise<void>;
}

export class PgEventBus implements EventBus {
  private readonly local = new EventEmitter();
  /** The last sequence number delivered here, per followed job. */
  private readonly cursors = new Map<string, number>();
  /** Reads for one job run one after another, so deliveries keep their order. */
  private readonly reads = new Map<string, Promise<void>>();
  private listener: pg.Client | null = null;
  private stopped = false;
  private started: Promise<void> | null = null;

  constructor(private readonly options: PgEventBusOptions) {
    this.local.setMaxListeners(0);
  }

  /** Opens the listening connection; later calls return the same promise. */
  start(): Promise<void> {
    this.started ??= this.listen();
    return this.started;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => {});
  }

  publish(event: JobEvent): void {
    this.options
      .notify(EVENTS_CHANNEL, `${event.jobId}:${event.id}`)
      .catch((error) => console.error("[sukusho] NOTIFY failed; followers catch up on the next event:", error));
  }

  subscribe(jobId: string, listener: (event: JobEvent) => void): () => void {
    this.local.on(jobId, listener);
    return () => {
      this.local.off(jobId, listener);
      if (this.local.listenerCount(jobId) === 0) this.cursors.delete(jobId);
    };
  }

  listenerCount(jobId: string): number {
    return this.local.listenerCount(jobId);
  }

  watch(listener: (jobId: string) => void): () => void {
    this.local.on(ANY_JOB, listener);
    return () => this.local.off(ANY_JOB, listener);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url });
    client.on("notification", (message) => {
      if (message.channel === EVENTS_CHANNEL && message.payload) this.onNotification(message.payload);
    });
    client.on("error", (error) => {
      console.error("[sukusho] event listener lost its connection:", error.message);
      this.reconnect(client);
    });
    client.on("end", () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.listener = client;
  }

  /** Called by both `error` and `end` of a lost connection: reconnects once, and keeps trying. */
  private reconnect(dead: pg.Client): void {
    if (this.stopped || this.listener !== dead) return;
    this.listener = null;
    void dead.end().catch(() => {});
    const attempt = () => {
      if (this.stopped) return;
      this.listen()
        .then(() => {
          // Whatever was announced while we were away: read every followed job again.
          for (const name of this.local.eventNames()) {
            if (typeof name === "string") this.catchUp(name, null);
          }
        })
        .catch(() => setTimeout(attempt, RECONNECT_DELAY_MS));
    };
    setTimeout(attempt, RECONNECT_DELAY_MS);
  }

  private onNotification(payload: string): void {
    const separator = payload.lastIndexOf(":");
    const jobId = payload.slice(0, separator);
    const seq = Number(payload.slice(separator + 1));
    if (jobId !== "") this.local.emit(ANY_JOB, jobId);
    if (this.local.listenerCount(jobId) === 0 || !Number.isInteger(seq)) return;
    this.catchUp(jobId, seq);
  }

  /** Reads and delivers the job's events after the cursor (from just before `seq` if none yet). */
  private catchUp(jobId: string, seq: number | null): void {
    const previous = this.reads.get(jobId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const cursor = this.cursors.get(jobId) ?? (seq === null ? 0 : seq - 1);
      if (seq !== null && seq <= cursor) return;
      const events = await this.options.readEvents(jobId, cursor);
      for (const event of events) {
        this.cursors.set(jobId, event.id);
        this.local.emit(jobId, event);
      }
    });
    const settled = next.catch((error) => console.error(`[sukusho] could not read events of ${jobId}:`, error));
    this.reads.set(jobId, settled);
    void settled.finally(() => {
      if (this.reads.get(jobId) === settled) this.reads.delete(jobId);
    });
  }
}
