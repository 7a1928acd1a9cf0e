import type OpenAI from "openai";
import sharp from "sharp";
import type { Limiter } from "@/lib/async/limiter";
import type { ExtractAsReadInput, ExtractInput, Extractor } from "@/lib/extract/extractor";
import {
  type CustomAnswer,
  customAnswerSchema,
  documentAnswerSchema,
  kindAnswerSchema,
  receiptAnswerSchema,
  transactionListAnswerSchema,
} from "@/lib/extract/llm/answer-schemas";
import { type AskJob, type AskSettings, askModel, type ResponseFormatMode } from "@/lib/extract/llm/ask-model";
import { CallBudget } from "@/lib/extract/llm/budget";
import { layoutText } from "@/lib/extract/llm/layout-text";
import { readListBesideKind } from "@/lib/extract/llm/list-beside-kind";
import { localValueAt } from "@/lib/extract/llm/local-fallback";
import type { PromptInput } from "@/lib/extract/llm/prompt";
import { mergeChunkAnswers, readListInChunks } from "@/lib/extract/llm/read-list";
import { readListAsRead } from "@/lib/extract/llm/read-list-as-read";
import { reportReplaced } from "@/lib/extract/llm/replacement-checks";
import {
  customFromAnswer,
  listFromAnswers,
  lowerReplacedClaims,
  receiptFromAnswer,
} from "@/lib/extract/llm/to-document";
import type { DEFAULT_RETRY_POLICY } from "@/lib/extract/llm/with-retries";
import { detectDocumentKind, extractDocument } from "@/lib/extract/local/local-extractor";
import type { DocumentKind, ExtractedDocument } from "@/lib/extract/schema";
import type { OcrLine, OcrResult } from "@/lib/ocr/types";

/**
 * The LLM extractor: the screenshot's OCR text (and, when allowed, the image) to an
 * OpenAI-compatible model, streamed, retried, limited, validated and, when the answer does not
 * fit, corrected (ask-model.ts). The model decides the kind unless the user chose one: a text
 * short enough for one request is asked with a schema that lets it answer either kind; a longer
 * one is first classified by a small call, because only a list is cut into chunks, which are
 * extracted in parallel and merged in order. The local rules' guess is a hint in the prompt.
 */

export interface LlmExtractorOptions {
  client: OpenAI;
  model: string;
  /** Whether the model accepts images. */
  vision: boolean;
  /** Model calls at once, across all jobs. */
  limiter: Limiter;
  timeoutMs: number;
  idleTimeoutMs: number;
  maxRetries: number;
  maxCallsPerJob: number;
  maxTokensPerJob: number;
  maxOutputTokens: number;
  chunkLines: number;
  /** How the endpoint is asked for JSON (LLM_RESPONSE_FORMAT); default the strict JSON schema. */
  responseFormat?: ResponseFormatMode;
  /** Overrides for tests. */
  retryDelays?: Partial<typeof DEFAULT_RETRY_POLICY>;
}

/** The longest side of an image sent to the model; larger screenshots are scaled down. */
const MAX_IMAGE_SIDE = 2048;

export function createLlmExtractor(options: LlmExtractorOptions): Extractor {
  return {
    name: "llm",
    model: options.model,
    extract: (input) => extractWithModel(options, input),
    extractAsRead: (input) => extractAsRead(options, input),
  };
}

/** Lines of a long text's end given to the classification call: a receipt's total and change stand there. */
const CLASSIFY_TAIL_LINES = 10;

/** The settings and per-job state every question of one extraction shares. */
function beginJob(options: LlmExtractorOptions, input: Pick<ExtractInput, "now" | "signal" | "onProgress">) {
  const settings: AskSettings = { ...options, responseFormat: options.responseFormat ?? "json_schema" };
  // One failing chunk stops the others: their answers could not be used.
  const stopAll = new AbortController();
  const job: AskJob = {
    capturedOn: input.now?.toISOString().slice(0, 10),
    budget: new CallBudget(options.maxCallsPerJob, options.maxTokensPerJob),
    signal: AbortSignal.any([input.signal, stopAll.signal]),
    onProgress: input.onProgress,
  };
  return { settings, job, stopAll };
}

/** `begun`: the job's calls so far, when an extraction beside OCR has already asked something. */
async function extractWithModel(
  options: LlmExtractorOptions,
  input: ExtractInput,
  begun: ReturnType<typeof beginJob> = beginJob(options, input),
): Promise<ExtractedDocument> {
  const { settings, job, stopAll } = begun;
  const lines = input.ocr.lines;
  const local = localReadings(input.ocr, input.now);
  const image = async (chunks: number) =>
    input.image && options.vision && chunks === 1 ? await toDataUrl(input.image) : undefined;
  const whole = { ocrText: input.ocr.text, chunk: 0, chunks: 1 };
  input.onProgress({ kind: "progress", progress: 0.02, message: `Asking ${options.model}…` });

  if (input.customFields) {
    const fields = input.customFields;
    const answered = await askModel(settings, job, {
      ...whole,
      shape: "custom",
      schema: customAnswerSchema(fields),
      customFields: fields,
      prompt: { kind: "custom", text: layoutText(lines), customFields: fields, imageDataUrl: await image(1) },
    });
    reportReplaced(input, answered.replaced);
    return lowerReplacedClaims(customFromAnswer(fields, answered.answer as CustomAnswer), answered.replaced);
  }

  let kind = input.kind;
  if (!kind && lines.length <= options.chunkLines) {
    // One request: the model answers in the shape of the kind it sees.
    return askEitherKind(settings, job, input, local, {
      ...whole,
      prompt: {
        text: layoutText(lines),
        kindHint: detectDocumentKind(input.ocr, input.now),
        imageDataUrl: await image(1),
      },
    });
  }
  if (!kind) {
    const classified = await askModel(settings, job, {
      ...whole,
      shape: "document_kind",
      schema: kindAnswerSchema,
      quiet: true,
      prompt: {
        kind: "document_kind",
        text: layoutText(classificationLines(lines, options.chunkLines)),
        kindHint: detectDocumentKind(input.ocr, input.now),
      },
    });
    kind = classified.answer.kind;
  }

  if (kind === "receipt") {
    const answered = await askModel(settings, job, {
      ...whole,
      shape: "receipt",
      schema: receiptAnswerSchema,
      prompt: { kind: "receipt", text: layoutText(lines), imageDataUrl: await image(1) },
      localValue: (path, answer) => localValueAt(local("receipt"), path, answer),
    });
    reportReplaced(input, answered.replaced);
    return lowerReplacedClaims(receiptFromAnswer(answered.answer), answered.replaced);
  }

  return readListInChunks({
    settings,
    job,
    input,
    chunkLines: options.chunkLines,
    stopAll,
    image,
    localValue: (path, answer) => localValueAt(local("transaction_list"), path, answer),
  });
}

/** The local rules' reading of the page, per kind, made only when a model value needs replacing. */
function localReadings(ocr: OcrResult, now: Date | undefined): (kind: DocumentKind) => ExtractedDocument | null {
  const cache = new Map<DocumentKind, ExtractedDocument | null>();
  return (kind) => {
    if (!cache.has(kind)) {
      let document: ExtractedDocument | null = null;
      try {
        document = extractDocument(ocr, { kind, now });
      } catch {
        // The rules cannot read it either: nothing to fall back on.
      }
      cache.set(kind, document);
    }
    return cache.get(kind) ?? null;
  };
}

/** The start of a long text and its last lines: enough to tell one receipt from a list. */
function classificationLines(lines: OcrLine[], maxLines: number): OcrLine[] {
  if (lines.length <= maxLines + CLASSIFY_TAIL_LINES) return lines;
  return [...lines.slice(0, maxLines), ...lines.slice(-CLASSIFY_TAIL_LINES)];
}

async function toDataUrl(png: Buffer): Promise<string> {
  const resized = await sharp(png)
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true })
    .png()
    .toBuffer();
  return `data:image/png;base64,${resized.toString("base64")}`;
}

/**
 * Extraction beside OCR (docs/pipelining.md). With vision and the uploader's consent the image
 * goes to the model at once, unless the page is taller than a screen (isTallPage). Otherwise the kind is settled on the first lines: a text that ends
 * within one chunk is asked in one request as before; a longer one is classified on its first
 * `chunkLines` lines when the local rules also see a list there, and on its head and tail (as
 * before, once OCR ends) when they do not — a long receipt's items look like rows, its total
 * stands at the end. A list is then read chunk by chunk as its lines arrive (when the local
 * rules saw a list in the head, from the classification's start, beside it: list-beside-kind.ts);
 * anything else waits for the whole text. Custom fields need the whole text too.
 */
async function extractAsRead(options: LlmExtractorOptions, input: ExtractAsReadInput): Promise<ExtractedDocument> {
  const { feed, signal } = input;
  // One budget and one stop for every call of the job, as after OCR.
  const begun = beginJob(options, input);
  const withWholeText = async (kind = input.kind) => {
    // The step runs from OCR's start; say why nothing moves yet.
    if (!feed.ended) input.onProgress({ kind: "progress", progress: 0, message: "Waiting for the whole text…" });
    return extractWithModel(options, { ...input, kind, ocr: await feed.whole(signal) }, begun);
  };
  if (input.image && options.vision && !input.customFields && !(await isTallPage(input.image))) {
    return readImageAtOnce(options, input, begun);
  }
  if (input.customFields) return withWholeText();

  const { settings, job, stopAll } = begun;
  const local = localListReading(feed, input.now);
  const readList = (listJob: AskJob, stopList: AbortController) => {
    input.onProgress({ kind: "progress", progress: 0.02, message: `Asking ${options.model} while the text is read…` });
    return readListAsRead({
      settings,
      job: listJob,
      input,
      feed,
      chunkLines: options.chunkLines,
      limiter: options.limiter,
      stopAll: stopList,
      localValue: (path, answer) => localValueAt(local(), path, answer),
    });
  };
  let kind = input.kind;
  if (!kind) {
    await feed.waitForLines(options.chunkLines + 1, signal);
    if (feed.ended && feed.lines.length <= options.chunkLines) return withWholeText();
    const headGuess = detectDocumentKind(feed.soFar(), input.now);
    const classifying = classifyEarly(options, input, begun, headGuess);
    if (headGuess === "transaction_list" && !feed.ended) {
      // The local rules read a list in the head: its parts start beside the classification.
      return readListBesideKind({
        kind: classifying,
        readList: (stopList) => readList({ ...job, signal: AbortSignal.any([job.signal, stopList.signal]) }, stopList),
        otherwise: (kind) => withWholeText(kind),
      });
    }
    kind = await classifying;
  }
  if (kind !== "transaction_list") return withWholeText(kind);
  return readList(job, stopAll);
}

/** The local rules' reading of a finished page, made once, for values the model got wrong. */
function localListReading(feed: ExtractAsReadInput["feed"], now: Date | undefined) {
  let readings: ((kind: DocumentKind) => ExtractedDocument | null) | null = null;
  return () => {
    // Only a finished page has the local rules' reading to fall back on.
    const ocr = feed.result;
    if (!ocr) return null;
    readings ??= localReadings(ocr, now);
    return readings("transaction_list");
  };
}

/**
 * Height ÷ width above which a screenshot is taller than a phone's screen (about 2.2): a
 * scrolled capture, a long list more often than not. Its rows are written faster by parallel
 * text chunks than by one answer about the whole image (bench/pipelining.ts), so it goes the
 * text way, with the image only if it ends up in one request, as after OCR.
 */
const TALL_PAGE_RATIO = 2.5;

async function isTallPage(png: Buffer): Promise<boolean> {
  const { width, height } = await sharp(png).metadata();
  return width !== undefined && height !== undefined && height / width > TALL_PAGE_RATIO;
}

/** The kind of a text longer than one chunk, asked as soon as its head tells enough (see extractAsRead). */
async function classifyEarly(
  options: LlmExtractorOptions,
  input: ExtractAsReadInput,
  { settings, job }: ReturnType<typeof beginJob>,
  headGuess: DocumentKind,
): Promise<DocumentKind> {
  const { feed, signal } = input;
  if (headGuess !== "transaction_list") await feed.whole(signal);
  const lines = feed.ended
    ? classificationLines([...feed.lines], options.chunkLines)
    : feed.lines.slice(0, options.chunkLines);
  const classified = await askModel(settings, job, {
    ocrText: lines.map((line) => line.text).join("\n"),
    chunk: 0,
    chunks: 1,
    shape: "document_kind",
    schema: kindAnswerSchema,
    quiet: true,
    prompt: {
      kind: "document_kind",
      text: layoutText(lines),
      kindHint: feed.ended ? detectDocumentKind(feed.soFar(), input.now) : headGuess,
    },
  });
  return classified.answer.kind;
}

/**
 * The image alone, sent as OCR starts: one request in the shape of the kind (the model's choice
 * when the user chose none). OCR checks every value afterwards (lib/verify); a value that does
 * not fit is replaced by the local rules' reading when OCR has ended by then.
 */
async function readImageAtOnce(
  options: LlmExtractorOptions,
  input: ExtractAsReadInput,
  { settings, job }: ReturnType<typeof beginJob>,
): Promise<ExtractedDocument> {
  const { feed } = input;
  const image = input.image;
  if (!image) throw new Error("readImageAtOnce needs the image");
  input.onProgress({ kind: "progress", progress: 0.02, message: `Showing the screenshot to ${options.model}…` });
  const readings = new Map<string, ((kind: DocumentKind) => ExtractedDocument | null) | null>();
  const local = (kind: DocumentKind) => {
    const ocr = feed.result;
    if (!ocr) return null;
    if (!readings.has("page")) readings.set("page", localReadings(ocr, input.now));
    return readings.get("page")?.(kind) ?? null;
  };
  const prompt = { text: "", imageOnly: true, imageDataUrl: await toDataUrl(image) };
  const question = { ocrText: "", chunk: 0, chunks: 1 };
  if (input.kind === "receipt") {
    const answered = await askModel(settings, job, {
      ...question,
      shape: "receipt",
      schema: receiptAnswerSchema,
      prompt: { ...prompt, kind: "receipt" },
      localValue: (path, answer) => localValueAt(local("receipt"), path, answer),
    });
    reportReplaced(input, answered.replaced);
    return lowerReplacedClaims(receiptFromAnswer(answered.answer), answered.replaced);
  }
  if (input.kind === "transaction_list") {
    const answered = await askModel(settings, job, {
      ...question,
      shape: "transaction_list",
      schema: transactionListAnswerSchema,
      prompt: { ...prompt, kind: "transaction_list" },
      localValue: (path, answer) => localValueAt(local("transaction_list"), path, answer),
    });
    return mergeChunkAnswers(input, [answered]);
  }
  return askEitherKind(settings, job, input, local, { ...question, prompt });
}

/**
 * One request whose schema lets the model answer either kind (a union on `kind`), turned into a
 * document. A value that does not fit is replaced by the local rules' reading of the kind the
 * answer took.
 */
async function askEitherKind(
  settings: AskSettings,
  job: AskJob,
  input: Pick<ExtractInput, "onCheck">,
  local: (kind: DocumentKind) => ExtractedDocument | null,
  question: { ocrText: string; chunk: number; chunks: number; prompt: Omit<PromptInput, "kind"> },
): Promise<ExtractedDocument> {
  const answered = await askModel(settings, job, {
    ...question,
    shape: "document",
    schema: documentAnswerSchema,
    prompt: { ...question.prompt, kind: "document" },
    localValue: (path, answer) => {
      const document = (answer as { document?: { kind?: DocumentKind } }).document;
      const kindSoFar = document?.kind === "transaction_list" ? "transaction_list" : "receipt";
      return localValueAt(local(kindSoFar), path.slice(1), document);
    },
  });
  const replaced = answered.replaced.map((value) => ({ ...value, path: value.path.slice(1) }));
  reportReplaced(input, replaced);
  const chosen = answered.answer.document;
  const document = chosen.kind === "receipt" ? receiptFromAnswer(chosen) : listFromAnswers([chosen]);
  return lowerReplacedClaims(document, replaced);
}
