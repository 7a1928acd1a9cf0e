import type { ExtractInput } from "@/lib/extract/extractor";
import { type TransactionListAnswer, transactionListAnswerSchema } from "@/lib/extract/llm/answer-schemas";
import { type Answered, type AskJob, type AskSettings, askModel } from "@/lib/extract/llm/ask-model";
import { chunkLines, type LineChunk } from "@/lib/extract/llm/chunk-lines";
import { layoutText } from "@/lib/extract/llm/layout-text";
import { rowsToKeep } from "@/lib/extract/llm/repeated-rows";
import { reportReplaced } from "@/lib/extract/llm/replacement-checks";
import type { AnswerPath, ReplacedValue } from "@/lib/extract/llm/salvage-answer";
import { listFromAnswers, lowerReplacedClaims } from "@/lib/extract/llm/to-document";
import type { TransactionList } from "@/lib/extract/schema";

/** What asking for one chunk of a list needs. */
export interface ListCall {
  settings: AskSettings;
  job: AskJob;
  localValue: (path: AnswerPath, answer: unknown) => string | number | null | undefined;
}

/**
 * A transaction list read in chunks of at most `chunkLines` OCR lines, asked in parallel (under
 * the shared call limiter), each with its orientation context, merged in order. One failing
 * chunk stops the others: their answers could not be used. A short list is one chunk.
 */
export async function readListInChunks(
  args: ListCall & {
    input: ExtractInput;
    chunkLines: number;
    /** Aborts the job's other calls. */
    stopAll: AbortController;
    /** The image as a data URL, when it may be sent with this many chunks. */
    image: (chunks: number) => Promise<string | undefined>;
  },
): Promise<TransactionList> {
  const { input } = args;
  const chunks = chunkLines(input.ocr.lines, args.chunkLines);
  // The image helps a single request; repeated for every chunk of a long list it would mostly cost.
  const imageDataUrl = await args.image(chunks.length);
  if (chunks.length > 1) {
    input.onProgress({ kind: "progress", progress: 0.05, message: `Reading ${chunks.length} parts in parallel…` });
  }
  let done = 0;
  const answers = await Promise.all(
    chunks.map(async (chunk, index): Promise<Answered<TransactionListAnswer>> => {
      try {
        const answered = await askChunk(args, chunk, { index, count: chunks.length }, imageDataUrl);
        done++;
        input.onProgress({
          kind: "progress",
          progress: done / chunks.length,
          message: chunks.length > 1 ? `Part ${done} of ${chunks.length} read` : "Answer received",
        });
        return answered;
      } catch (error) {
        args.stopAll.abort(error);
        throw error;
      }
    }),
  );
  return mergeChunkAnswers(input, answers);
}

/**
 * Asks for the rows of one chunk. `count` is the number of chunks when known; a list cut while
 * it is still being read does not know it yet (the prompt then says only "part n").
 */
export function askChunk(
  call: ListCall,
  chunk: LineChunk,
  place: { index: number; count?: number },
  imageDataUrl?: string,
): Promise<ChunkAnswered> {
  const count = place.count ?? place.index + 1;
  return askModel(call.settings, call.job, {
    shape: "transaction_list",
    schema: transactionListAnswerSchema,
    ocrText: [...chunk.context, ...chunk.lines].map((line) => line.text).join("\n"),
    chunk: place.index,
    chunks: count,
    prompt: {
      kind: "transaction_list",
      text: layoutText(chunk.lines),
      context: chunk.context.length > 0 ? layoutText(chunk.context) : undefined,
      imageDataUrl,
      chunk: place.count === undefined || place.count > 1 ? { index: place.index, count: place.count } : undefined,
    },
    localValue: call.localValue,
  }).then((answered) => ({ ...answered, ownText: chunk.lines.map((line) => line.text).join("\n") }));
}

/** A chunk's answer with the text of its own lines (not its context), to spot rows answered twice. */
export type ChunkAnswered = Answered<TransactionListAnswer> & { ownText?: string };

/**
 * The chunks' answers as one list, in order; a row answered by several chunks is kept where its
 * chunk shows it (repeated-rows.ts); each replaced value's row renumbered to its place in it.
 */
export function mergeChunkAnswers(input: Pick<ExtractInput, "onCheck">, answers: ChunkAnswered[]): TransactionList {
  const keep = rowsToKeep(answers.map((answered) => ({ rows: answered.answer.rows, ownText: answered.ownText })));
  // A chunk numbers its rows from zero; in the merged list they follow the earlier chunks' kept rows.
  let offset = 0;
  const replaced: ReplacedValue[] = [];
  const kept: TransactionListAnswer[] = [];
  answers.forEach((answered, index) => {
    const keepRow = keep[index] ?? [];
    const placeOf = placesOfKeptRows(keepRow, offset);
    for (const value of answered.replaced) {
      const [first, row, ...rest] = value.path;
      if (first !== "rows" || typeof row !== "number") replaced.push(value);
      else if (placeOf[row] !== undefined) replaced.push({ ...value, path: ["rows", placeOf[row], ...rest] });
    }
    const rows = answered.answer.rows.filter((_row, r) => keepRow[r] !== false);
    kept.push({ ...answered.answer, rows });
    offset += rows.length;
  });
  reportReplaced(input, replaced);
  return lowerReplacedClaims(listFromAnswers(kept), replaced);
}

/** Each kept row's index in the merged list (undefined for a dropped row). */
function placesOfKeptRows(keepRow: boolean[], offset: number): Array<number | undefined> {
  let next = offset;
  return keepRow.map((kept) => (kept ? next++ : undefined));
}
