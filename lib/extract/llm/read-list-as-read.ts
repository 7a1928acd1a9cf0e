import { abortable } from "@/lib/async/abortable";
import type { Limiter } from "@/lib/async/limiter";
import type { ExtractInput } from "@/lib/extract/extractor";
import type { TransactionListAnswer } from "@/lib/extract/llm/answer-schemas";
import type { Answered } from "@/lib/extract/llm/ask-model";
import type { CallBudget } from "@/lib/extract/llm/budget";
import { IncrementalChunker } from "@/lib/extract/llm/incremental-chunker";
import { askChunk, type ListCall, mergeChunkAnswers } from "@/lib/extract/llm/read-list";
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
  let done = 0;
  let settled = 0;
  let count: number | undefined;
  // Wakes the loop below when a call ends: its place can take the lines read meanwhile.
  let callEnded = () => {};
  const send = (chunk: Parameters<typeof askChunk>[1], last: boolean) => {
    const index = calls.length;
    const call = askChunk(args, chunk, { index, count: last ? count : undefined }).then(
      (answered) => {
        done++;
        input.onProgress({
          kind: "progress",
          progress: count === undefined ? Math.min(0.5, done / (calls.length + 1)) : done / count,
          message: count === undefined ? `Part ${done} read while the text is read` : `Part ${done} of ${count} read`,
        });
        return answered;
      },
      (error: unknown) => {
        stopAll.abort(error);
        throw error;
      },
    );
    // Awaited below with the others; until then a failure must not count as unhandled.
    call
      .catch(() => {})
      .finally(() => {
        settled++;
        callEnded();
      });
    calls.push(call);
  };

  try {
    let seen = 0;
    for (;;) {
      const fresh = feed.lines.slice(seen);
      seen += fresh.length;
      if (!feed.ended) {
        const unsent = Math.max(feed.estimatedLines() ?? 0, chunker.lines + fresh.length) - chunker.sent;
        const least = leastPartLines(unsent, args.job.budget, args.chunkLines);
        // No part larger than the lines still to come spread over every call that may run at
        // once: one call free now must not take what the next calls to free up could share.
        const largest = Math.max(least, Math.ceil(unsent / args.limiter.limit));
        for (const chunk of chunker.spread(fresh, freeCalls(args.limiter), least, largest)) send(chunk, false);
        const ended = new Promise<void>((resolve) => {
          callEnded = resolve;
        });
        await abortable(Promise.race([feed.changed(), ended]), signal);
        continue;
      }
      // The lines of the last strips are split over the calls free now and those this list's
      // own parts hold: those free up within a part's answer, and short last parts that wait
      // for them end sooner than long ones started at once.
      const inFlight = calls.length - settled;
      const tail = chunker.finish(fresh, Math.max(1, freeCalls(args.limiter) + inFlight), MIN_TAIL_LINES);
      count = calls.length + tail.length;
      if (count > 1) {
        input.onProgress({ kind: "progress", progress: 0.05, message: `Reading ${count} parts in parallel…` });
      }
      for (const chunk of tail) send(chunk, true);
      break;
    }
  } catch (error) {
    // OCR failed or the job was stopped: the calls in flight have no use any more.
    stopAll.abort(error);
    await Promise.allSettled(calls);
    throw error;
  }
  return mergeChunkAnswers(input, await Promise.all(calls));
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
