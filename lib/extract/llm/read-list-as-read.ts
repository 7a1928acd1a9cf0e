import { abortable } from "@/lib/async/abortable";
import type { Limiter } from "@/lib/async/limiter";
import type { ExtractInput } from "@/lib/extract/extractor";
import type { TransactionListAnswer } from "@/lib/extract/llm/answer-schemas";
import type { Answered } from "@/lib/extract/llm/ask-model";
import { IncrementalChunker } from "@/lib/extract/llm/incremental-chunker";
import { askChunk, type ListCall, mergeChunkAnswers } from "@/lib/extract/llm/read-list";
import type { TransactionList } from "@/lib/extract/schema";
import type { OcrFeed } from "@/lib/ocr/ocr-feed";

/**
 * The lines a chunk cut at the end of the page keeps at least: below this, a part's prompt and
 * context cost more than the few rows it saves waiting for.
 */
export const MIN_TAIL_LINES = 5;

/**
 * A transaction list read while OCR still reads it (docs/pipelining.md): each chunk (of
 * `chunkLines` lines, fewer for a medium list: earlyChunkSize) goes to the model as soon as its
 * lines are known in page order; when OCR
 * ends, the lines left go out split over the model calls free at that moment, so the job's last
 * answers are short. Merged in order like readListInChunks; one failing chunk, or OCR failing,
 * stops every call (`stopAll`).
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
  const signal = args.job.signal;
  const chunker = new IncrementalChunker(args.chunkLines);
  const calls: Array<Promise<Answered<TransactionListAnswer>>> = [];
  let done = 0;
  let count: number | undefined;
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
    call.catch(() => {});
    calls.push(call);
  };

  try {
    let seen = 0;
    for (;;) {
      const fresh = feed.lines.slice(seen);
      seen += fresh.length;
      if (!feed.ended) {
        for (const chunk of chunker.push(fresh, earlyChunkSize(feed, args.chunkLines, args.limiter.limit))) {
          send(chunk, false);
        }
        await abortable(feed.changed(), signal);
        continue;
      }
      // The lines of the last strips, full chunks included, are split over the calls free now.
      const free = Math.max(1, args.limiter.limit - args.limiter.active - args.limiter.queued);
      const tail = chunker.finish(fresh, free, MIN_TAIL_LINES);
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

/**
 * The size at which a chunk is sent while OCR still reads: `chunkLines`, or less when the page
 * is expected to have fewer than `chunkLines` lines per model call that can run at once, so that
 * a medium list is spread over those calls instead of waiting on one large first chunk (the
 * model writes each chunk's rows at its own pace: the largest chunk sets the job's end).
 */
export function earlyChunkSize(feed: OcrFeed, chunkLines: number, callsAtOnce: number): number {
  const expected = feed.estimatedLines();
  if (expected === null) return chunkLines;
  return Math.max(
    Math.min(MIN_TAIL_LINES, chunkLines),
    Math.min(chunkLines, Math.ceil(expected / Math.max(1, callsAtOnce))),
  );
}
