import type { SukushoEvent } from "@/lib/client/sukusho-client";
import {
  applyProgressEvent,
  initialProgress,
  type JobProgress,
  overallProgress,
} from "@/lib/client/sukusho-client-progress";
import type { Problem } from "@/lib/events/schema";
import { ansi, displayWidth, formatDuration, ordinal, pad, type Style, truncate } from "./terminal";

/**
 * Live progress, one row per file. On a TTY the rows are redrawn in place (throttled); on
 * anything else (a CI log, a pipe, a test) each meaningful change is one plain log line.
 */

/** One file's line: its upload, its job's progress, and how it ended. */
export interface Row {
  label: string;
  phase: "pending" | "uploading" | "following" | "done";
  jobId: string | null;
  extractor: string | null;
  progress: JobProgress;
  /** Set while a dropped stream waits to reconnect. */
  reconnect: { attempt: number; delayMs: number } | null;
  /** While the server refuses uploads for now (429): when (Date.now()) the upload is sent again. */
  rateLimitedUntil: number | null;
  outcome: { status: "succeeded" } | { status: "failed"; error: Problem } | null;
  startedAt: number;
  finishedAt: number | null;
}

/** Where a view writes: a stream, with the terminal's size when it is one. */
export interface Output {
  write: (text: string) => unknown;
  columns?: number;
  rows?: number;
}

/** What the command tells the view; both views take the same calls. */
export interface ProgressView {
  readonly rows: Row[];
  start(): void;
  uploading(index: number): void;
  uploaded(index: number, job: { id: string; extractor: string }): void;
  event(index: number, event: SukushoEvent): void;
  reconnecting(index: number, info: { attempt: number; delayMs: number }): void;
  /** The upload was refused for now (429); it is sent again at `until` (a Date.now() time). */
  rateLimited(index: number, wait: { until: number }): void;
  finished(index: number, outcome: { status: "succeeded" } | { status: "failed"; error: Problem }): void;
  /** Draws the last state and gives the terminal back (the cursor, for the TTY view). */
  stop(): void;
}

const BAR_WIDTH = 20;
const PARTIAL_BLOCKS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** `███████▌░░░░░░░░░░░░`: eighths of a cell, so slow steps still move. */
export function progressBar(fraction: number, width = BAR_WIDTH): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const eighths = Math.round(clamped * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = PARTIAL_BLOCKS[eighths % 8] ?? "";
  const empty = width - full - (partial ? 1 : 0);
  return "█".repeat(full) + partial + "░".repeat(Math.max(0, empty));
}

/** `  5%`, ` 45%`, `100%`. */
export function percent(fraction: number): string {
  return `${Math.floor(Math.min(1, Math.max(0, fraction)) * 100)}%`.padStart(4);
}

/** The words of the issue that asked for it: "Too many uploads — retrying in 12 s". */
export function rateLimitedText(until: number, now = Date.now()): string {
  return `Too many uploads — retrying in ${Math.max(0, Math.ceil((until - now) / 1000))} s`;
}

/** What the job is doing now, in a few words: `reading text 45%`, `in the queue: 2nd in line`. */
export function activity(row: Row, now = Date.now()): string {
  if (row.phase === "pending") return "waiting to upload";
  if (row.phase === "uploading" && row.rateLimitedUntil !== null) return rateLimitedText(row.rateLimitedUntil, now);
  if (row.phase === "uploading") return "uploading";
  const progress = row.progress;
  if (row.outcome?.status === "failed") {
    const where = progress.error && progress.step ? ` at ${progress.step}` : "";
    return `failed${where}: ${row.outcome.error.message} (${row.outcome.error.code})`;
  }
  if (row.outcome?.status === "succeeded") {
    const took = row.finishedAt === null ? "" : ` in ${formatDuration(row.finishedAt - row.startedAt)}`;
    const retried =
      progress.retries > 0 ? `, after ${progress.retries} ${progress.retries === 1 ? "retry" : "retries"}` : "";
    return `done${took}${retried}`;
  }
  let text: string;
  switch (progress.step) {
    case null:
      text = "waiting for the server";
      break;
    case "check":
      text = "checking the image";
      break;
    case "queue":
      text =
        progress.queuePosition === null
          ? "in the queue"
          : `in the queue: ${ordinal(progress.queuePosition)} in line` +
            (progress.queueRunning ? ` (${progress.queueRunning} running)` : "");
      break;
    case "ocr":
      text = `reading text ${Math.floor(progress.steps.ocr.progress * 100)}%`;
      break;
    case "extract": {
      const message = progress.steps.extract.message;
      text =
        message && progress.steps.extract.status === "running" && message !== "Done"
          ? `extracting fields: ${message}`
          : "extracting fields";
      const retry = progress.lastRetry;
      if (retry && progress.retrying) {
        const part = retry.chunks > 1 ? ` (part ${retry.chunk + 1} of ${retry.chunks})` : "";
        text += ` · retry ${retry.attempt}/${retry.maxAttempts}${part}: ${retry.reason}`;
      }
      break;
    }
    case "verify":
      text = "verifying";
      break;
  }
  if (progress.resumes > 0)
    text += ` · resumed after a restart${progress.resumes > 1 ? ` (${progress.resumes}×)` : ""}`;
  if (row.reconnect) {
    text += ` · connection lost, reconnecting in ${formatDuration(row.reconnect.delayMs)} (try ${row.reconnect.attempt})`;
  }
  return text;
}

function newRows(labels: readonly string[]): Row[] {
  const now = performance.now();
  return labels.map((label) => ({
    label,
    phase: "pending",
    jobId: null,
    extractor: null,
    progress: initialProgress(),
    reconnect: null,
    rateLimitedUntil: null,
    outcome: null,
    startedAt: now,
    finishedAt: null,
  }));
}

/** The shared bookkeeping; the two views differ only in how they show it. */
abstract class BaseView implements ProgressView {
  readonly rows: Row[];

  constructor(labels: readonly string[]) {
    this.rows = newRows(labels);
  }

  protected row(index: number): Row {
    const row = this.rows[index];
    if (!row) throw new Error(`no row ${index}`);
    return row;
  }

  abstract start(): void;
  abstract stop(): void;
  protected abstract changed(index: number, what: string | null): void;

  uploading(index: number): void {
    const row = this.row(index);
    row.phase = "uploading";
    row.startedAt = performance.now();
    this.changed(index, null);
  }

  uploaded(index: number, job: { id: string; extractor: string }): void {
    const row = this.row(index);
    row.phase = "following";
    row.rateLimitedUntil = null;
    row.jobId = job.id;
    row.extractor = job.extractor;
    this.changed(index, `uploaded as job ${job.id} (${job.extractor} extractor)`);
  }

  event(index: number, event: SukushoEvent): void {
    const row = this.row(index);
    const before = row.progress;
    row.progress = applyProgressEvent(before, event);
    row.reconnect = null;
    if (event.type === "job.done") return; // `finished` reports the end.
    this.changed(index, logLine(before, row.progress, event));
  }

  reconnecting(index: number, info: { attempt: number; delayMs: number }): void {
    const row = this.row(index);
    row.reconnect = info;
    this.changed(
      index,
      `connection lost; reconnecting in ${formatDuration(info.delayMs)} from event ${row.progress.lastEventId} (try ${info.attempt})`,
    );
  }

  rateLimited(index: number, wait: { until: number }): void {
    const row = this.row(index);
    row.rateLimitedUntil = wait.until;
    this.changed(index, rateLimitedText(wait.until));
  }

  finished(index: number, outcome: { status: "succeeded" } | { status: "failed"; error: Problem }): void {
    const row = this.row(index);
    row.phase = "done";
    row.rateLimitedUntil = null;
    row.outcome = outcome;
    row.reconnect = null;
    row.finishedAt = performance.now();
    this.changed(index, activity(row));
  }
}

/** The plain log line an event deserves, or null for one that changes nothing worth a line. */
function logLine(before: JobProgress, after: JobProgress, event: SukushoEvent): string | null {
  switch (event.type) {
    case "job.received":
      return `received: ${event.data.width}×${event.data.height} ${event.data.mimeType}`;
    case "job.resumed":
      return `resumed after a restart (attempt ${event.data.attempt}): ${event.data.reason}`;
    case "step.started":
      return activityOf(after);
    case "step.progress": {
      // One line per quarter, so a long OCR shows it moves without flooding the log.
      const step = event.data.step;
      const quarter = (value: number) => Math.floor(value * 4);
      if (step === "ocr") {
        return quarter(after.steps.ocr.progress) > quarter(before.steps.ocr.progress) ? activityOf(after) : null;
      }
      // Other steps have no percentage shown: only a new message is news.
      return event.data.message && event.data.message !== "Done" ? activityOf(after) : null;
    }
    case "step.completed":
      return null;
    case "step.failed":
      return `${event.data.step} failed: ${event.data.error.message}`;
    case "queue.position":
      return before.queuePosition === after.queuePosition ? null : activityOf(after);
    case "extract.retry":
      return `retry ${event.data.attempt}/${event.data.maxAttempts} in ${formatDuration(event.data.waitMs)}: ${event.data.reason}`;
    default:
      return null;
  }
}

function activityOf(progress: JobProgress): string {
  return activity({
    label: "",
    phase: "following",
    jobId: null,
    extractor: null,
    progress,
    reconnect: null,
    rateLimitedUntil: null,
    outcome: null,
    startedAt: 0,
    finishedAt: null,
  });
}

/** Line by line: `en-payment-light.png   45%  reading text 50%`. For logs, pipes and tests. */
export class LogView extends BaseView {
  private readonly labelWidth: number;

  constructor(
    labels: readonly string[],
    private readonly out: Output,
  ) {
    super(labels);
    this.labelWidth = Math.min(40, Math.max(...labels.map((label) => displayWidth(label))));
  }

  start(): void {}

  stop(): void {}

  private readonly lastLine = new Map<number, string>();

  protected changed(index: number, what: string | null): void {
    // The same words again (a progress event that moved nothing shown) are not worth a line.
    if (what === null || this.lastLine.get(index) === what) return;
    this.lastLine.set(index, what);
    const row = this.row(index);
    this.out.write(
      `${pad(truncate(row.label, this.labelWidth), this.labelWidth)}  ${percent(overall(row))}  ${what}\n`,
    );
  }
}

function overall(row: Row): number {
  return row.phase === "following" || row.phase === "done" ? overallProgress(row.progress) : 0;
}

/** Redrawn in place with ANSI escapes: one line per file, the cursor hidden meanwhile. */
export class TtyView extends BaseView {
  private drawn = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private readonly labelWidth: number;

  constructor(
    labels: readonly string[],
    private readonly out: Output,
    private readonly style: Style,
    private readonly intervalMs = 80,
  ) {
    super(labels);
    this.labelWidth = Math.min(32, Math.max(...labels.map((label) => displayWidth(label))));
  }

  start(): void {
    this.out.write(ansi.hideCursor);
    this.render();
  }

  stop(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    // The last frame shows every row, even more than the screen holds: it is not redrawn again.
    this.render(true);
    this.stopped = true;
    this.out.write(ansi.showCursor);
  }

  private ticker: ReturnType<typeof setInterval> | null = null;

  /** A rate-limit wait counts down on screen: redrawn every second while any row waits. */
  override rateLimited(index: number, wait: { until: number }): void {
    super.rateLimited(index, wait);
    if (this.ticker || this.stopped) return;
    this.ticker = setInterval(() => {
      if (this.rows.some((row) => row.rateLimitedUntil !== null && row.phase === "uploading")) {
        this.changed(index, null);
      } else if (this.ticker) {
        clearInterval(this.ticker);
        this.ticker = null;
      }
    }, 1_000);
    this.ticker.unref?.();
  }

  protected changed(_index: number, _what: string | null): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.render();
    }, this.intervalMs);
  }

  private line(row: Row): string {
    const { style } = this;
    const fraction = overall(row);
    const color =
      row.outcome?.status === "failed" ? style.red : row.outcome?.status === "succeeded" ? style.green : style.cyan;
    const mark = row.outcome?.status === "failed" ? style.red("✗") : row.outcome ? style.green("✓") : " ";
    const text = activity(row);
    const shown =
      row.outcome?.status === "failed"
        ? style.red(text)
        : row.reconnect || row.rateLimitedUntil !== null
          ? style.yellow(text)
          : text;
    return `${mark} ${pad(truncate(row.label, this.labelWidth), this.labelWidth)}  ${color(progressBar(fraction))} ${percent(fraction)}  ${shown}`;
  }

  private render(final = false): void {
    if (this.stopped) return;
    const width = Math.max(20, (this.out.columns ?? 80) - 1);
    const height = Math.max(2, (this.out.rows ?? 24) - 1);
    let lines = this.rows.map((row) => this.line(row));
    if (lines.length > height && !final) {
      // More files than the screen has lines: the unfinished ones first, then a count.
      const rest = this.rows.filter((row) => row.outcome === null);
      const shown = rest.slice(0, height - 1).map((row) => this.line(row));
      const done = this.rows.length - rest.length;
      lines = [...shown, this.style.dim(`  … ${rest.length - shown.length} more running or waiting, ${done} finished`)];
    }
    let frame = ansi.up(this.drawn);
    for (const line of lines) frame += `\r${ansi.clearLine}${truncate(line, width)}\n`;
    // A frame shorter than the last one: clear what is left below it.
    for (let extra = lines.length; extra < this.drawn; extra++) frame += `\r${ansi.clearLine}\n`;
    const total = Math.max(lines.length, this.drawn);
    frame += ansi.up(total - lines.length);
    this.drawn = lines.length;
    this.out.write(frame);
  }
}
