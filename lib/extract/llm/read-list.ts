import type { ExtractInput } from "@/lib/extract/extractor";
import { type TransactionListAnswer, transactionListAnswerSchema } from "@/lib/extract/llm/answer-schemas";
import { type Answered, type AskJob, type AskSettings, askModel } from "@/lib/extract/llm/ask-model";
import { chunkLines } from "@/lib/extract/llm/chunk-lines";
import { layoutText } from "@/lib/extract/llm/layout-text";
import { reportReplaced } from "@/lib/extract/llm/replacement-checks";
import type { AnswerPath, ReplacedValue } from "@/lib/extract/llm/salvage-answer";
import { listFromAnswers, lowerReplacedClaims } from "@/lib/extract/llm/to-document";
import type { TransactionList } from "@/lib/extract/schema";

/**
 * A transaction list read in chunks of at most `chunkLines` OCR lines, asked in parallel (under
 * the shared call limiter), each with its orientation context, merged in order. One failing
 * chunk stops the others: their answers could not be used. A short list is one chunk.
 */
export async function readListInChunks(args: {
  settings: AskSettings;
  job: AskJob;
  input: ExtractInput;
  chunkLines: number;
  /** Aborts the job's other calls. */
  stopAll: AbortController;
  /** The image as a data URL, when it may be sent with this many chunks. */
  image: (chunks: number) => Promise<string | undefined>;
  localValue: (path: AnswerPath, answer: unknown) => string | number | null | undefined;
}): Promise<TransactionList> {
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
        const answered = await askModel(args.settings, args.job, {
          shape: "transaction_list",
          schema: transactionListAnswerSchema,
          ocrText: [...chunk.context, ...chunk.lines].map((line) => line.text).join("\n"),
          chunk: index,
          chunks: chunks.length,
          prompt: {
            kind: "transaction_list",
            text: layoutText(chunk.lines),
            context: chunk.context.length > 0 ? layoutText(chunk.context) : undefined,
            imageDataUrl,
            chunk: chunks.length > 1 ? { index, count: chunks.length } : undefined,
          },
          localValue: args.localValue,
        });
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
  // A chunk numbers its rows from zero; in the merged list they follow the earlier chunks' rows.
  let offset = 0;
  const replaced: ReplacedValue[] = [];
  for (const answered of answers) {
    for (const value of answered.replaced) {
      const [first, row, ...rest] = value.path;
      replaced.push(
        first === "rows" && typeof row === "number" ? { ...value, path: ["rows", row + offset, ...rest] } : value,
      );
    }
    offset += answered.answer.rows.length;
  }
  reportReplaced(input, replaced);
  return lowerReplacedClaims(listFromAnswers(answers.map((answered) => answered.answer)), replaced);
}
