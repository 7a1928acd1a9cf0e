import { abortable } from "@/lib/async/abortable";
import type { Limiter } from "@/lib/async/limiter";
import type { ExtractInput } from "@/lib/extract/extractor";
import type { TransactionListAnswer } from "@/lib/extract/llm/answer-schemas";
import type { Answered } from "@/lib/extract/llm/ask-model";
import type { CallBudget } from "@/lib/extract/llm/budget";
import { HEADER_LINES } from "@/lib/extract/llm/chunk-lines";
import { IncrementalChunker } from "@/lib/extract/llm/incremental-chunker";
import { askChunk, type ListCall, mergeChunkAnswers } from "@/lib/extract/llm/read-list";
import { tailPartLines } from "@/lib/extract/llm/tail-part";
import type { TransactionList } from "@/lib/extract/schema";
import type { OcrFeed } from "@/lib/ocr/ocr-feed";

/**
 * The lines a chunk cut at the end of the page keeps at least: below this, a part's prompt and
 * context cost more than the few rows it saves waiting for.
 */
export const MIN_TAIL_LINES = 4;

/**
 * Model calls a list keeps in reserve while OCR reads: the whole-text call a list whose kind
 * was unclear may still need, and one more.
 */
const RESERVED_CALLS = 2;

/**
 * A transaction list read while OCR still reads it (docs/pipelining.md): whenever lines are
 * known (in page order) and model calls are free, every line not yet asked about goes out,
 * split over the free calls; a call that ends frees its place for the lines that came
 * meanwhile. So the calls are busy while OCR reads, and free when it ends: the lines of the last
 * strips, the answers the job waits for last, go out split over them. Merged in order like
 * readListInChunks; one failing chunk, or OCR failing, stops every call (`stopAll`).
 */
export async function readListAsRead(
  args: ListCall & {
    input: Pick<ExtractInput, "onProgress" | "onCheck">;
    feed: OcrFeed;
    chunkLines: number;
    limiter: Limiter;
    stopAll: AbortController;
  },
): Promise<TransactionList> {
  const { input, feed, stopAll } = args;
  // A failed part stops the reading too: no further part may go out after it (stopAll).
  const signal = AbortSignal.any([args.job.signal, stopAll.signal]);
  const chunker = new IncrementalChunker(args.chunkLines);
  const calls: Array<Promise<Answered<TransactionListAnswer>>> = [];
  // When each part went out and how many of its lines carry rows: the model's pace, measured on
  // the parts that came back, sizes the last parts (tail-part.ts).
  const parts: Array<{ sentAt: number; lines: number; endedAt?: number; failed?: boolean }> = [];
  let linesSent = 0;
  let done = 0;
  let count: number | undefined;
  // Wakes the loops below when a call ends: its place can take the lines read meanwhile.
  let callEnded = () => {};
  const nextCallEnd = () =>
    new Promise<void>((resolve) => {
      callEnded = resolve;
    });
  const send = (chunk: Parameters<typeof askChunk>[1], last: boolean) => {
    const index = calls.length;
    if (last) count = index + 1;
    const part: (typeof parts)[number] = { sentAt: performance.now(), lines: rowLines(linesSent, chunk.lines.length) };
    linesSent += chunk.lines.length;
    parts.push(part);
    const call = askChunk(args, chunk, { index, count: last ? count : undefined }).then(
      (answered) => {
        part.endedAt = performance.now();
        done++;
        input.onProgress({
          kind: "progress",
          progress: count === undefined ? Math.min(0.5, done / (calls.length + 1)) : done / count,
          message: count === undefined ? `Part ${done} read` : `Part ${done} of ${count} read`,
        });
        return answered;
      },
      (error: unknown) => {
        part.failed = true;
        stopAll.abort(error);
        throw error;
      },
    );
    // Awaited below with the others; until then a failure must not count as unhandled.
    call.catch(() => {}).finally(() => callEnded());
    calls.push(call);
  };

  try {
    let seen = 0;
    while (!feed.ended) {
      const fresh = feed.lines.slice(seen);
      seen += fresh.length;
      // Counted without the page's header lines: they give the model no rows to write (incremental-chunker.ts).
      const unsent =
        Math.max(feed.estimatedLines() ?? 0, chunker.lines + fresh.length) -
        chunker.sent -
        Math.max(0, HEADER_LINES - chunker.sent);
      const least = leastPartLines(unsent, args.job.budget, args.chunkLines);
      // No part larger than the lines still to come spread over every call that may run at
      // once: one call free now must not take what the next calls to free up could share.
      const largest = Math.max(least, Math.ceil(unsent / args.limiter.limit));
      for (const chunk of chunker.spread(fresh, freeCalls(args.limiter), least, largest)) send(chunk, false);
      const ended = nextCallEnd();
      await abortable(Promise.race([feed.changed(), ended]), signal);
    }
    const fresh = feed.lines.slice(seen);
    if (calls.length === 0 && chunker.lines + fresh.length <= args.chunkLines) {
      // A page that ends within one chunk stays one request, as after OCR.
      for (const chunk of chunker.finish(fresh)) send(chunk, true);
    } else {
      chunker.end(fresh);
      await sendTheRest();
    }
  } catch (error) {
    // OCR failed or the job was stopped: the calls in flight have no use any more.
    stopAll.abort(error);
    await Promise.allSettled(calls);
    throw error;
  }

  /**
   * The lines of the last strips, a part whenever a call is free: each sized so that the calls
   * free now and those this list's parts hold end about together (tail-part.ts). Sized when its
   * call starts, not at OCR's end: by then the first parts have shown the model's pace.
   */
  async function sendTheRest(): Promise<void> {
    if (chunker.unsentRowLines > MIN_TAIL_LINES) {
      input.onProgress({ kind: "progress", progress: 0.05, message: "Reading the last lines in parallel…" });
    }
    while (chunker.sent < chunker.lines) {
      const ours = parts.filter((part) => part.endedAt === undefined && !part.failed).length;
      // Other jobs may hold every call; with none of ours left to free one, a part waits in the queue.
      const free = Math.max(freeCalls(args.limiter), ours === 0 ? 1 : 0);
      if (free === 0) {
        await abortable(nextCallEnd(), signal);
        continue;
      }
      for (let slot = 0; slot < free && chunker.sent < chunker.lines; slot++) {
        const now = performance.now();
        const size = tailPartLines({
          unsent: chunker.unsentRowLines,
          // Parts sent but still queued have not spent their call yet: counted as spent.
          least: leastPartLines(
            chunker.unsentRowLines,
            {
              maxCalls: args.job.budget.maxCalls,
              used: { ...args.job.budget.used, calls: Math.max(args.job.budget.used.calls, parts.length) },
            },
            args.chunkLines,
          ),
          most: args.chunkLines,
          freeNow: free - slot,
          busy: parts
            .filter((part) => part.endedAt === undefined && !part.failed)
            .map((part) => ({ lines: part.lines, startedMsAgo: now - part.sentAt })),
          msPerLine: modelPace(parts),
        });
        const chunk = chunker.next(size);
        if (chunk) send(chunk, chunker.sent >= chunker.lines);
      }
      if (chunker.sent < chunker.lines) await abortable(nextCallEnd(), signal);
    }
  }

  return mergeChunkAnswers(input, await Promise.all(calls));
}

/** Lines of a part starting at line `from` that are not the page's header (HEADER_LINES). */
function rowLines(from: number, lines: number): number {
  return lines - Math.max(0, Math.min(HEADER_LINES - from, lines));
}

/**
 * The model's time for one line of a list, from the parts answered so far (their time over their
 * lines, the header not counted); undefined before one with rows came back.
 */
function modelPace(parts: ReadonlyArray<{ sentAt: number; lines: number; endedAt?: number }>): number | undefined {
  let ms = 0;
  let lines = 0;
  for (const part of parts) {
    if (part.endedAt === undefined || part.lines === 0) continue;
    ms += part.endedAt - part.sentAt;
    lines += part.lines;
  }
  return lines > 0 ? ms / lines : undefined;
}

/** Model calls that could start now (the limiter is shared by every job of the process). */
function freeCalls(limiter: Limiter): number {
  return Math.max(0, limiter.limit - limiter.active - limiter.queued);
}

/**
 * The fewest lines a part sent while OCR reads may have: MIN_TAIL_LINES, or more when the
 * lines still to send (`unsentLines`, known and expected), at that size, would need more calls
 * than the job's budget has left (a long list is cut in fewer, larger parts rather than fail
 * on its budget). Never more than `chunkLines`.
 */
export function leastPartLines(
  unsentLines: number,
  budget: Pick<CallBudget, "maxCalls" | "used">,
  chunkLines: number,
): number {
  const callsLeft = Math.max(1, budget.maxCalls - budget.used.calls - RESERVED_CALLS);
  return Math.min(chunkLines, Math.max(MIN_TAIL_LINES, Math.ceil(unsentLines / callsLeft)));
}
