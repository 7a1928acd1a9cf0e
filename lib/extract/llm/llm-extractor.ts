import type OpenAI from "openai";
import sharp from "sharp";
import type { Limiter } from "@/lib/async/limiter";
import type { ExtractInput, Extractor } from "@/lib/extract/extractor";
import {
  type CustomAnswer,
  customAnswerSchema,
  documentAnswerSchema,
  kindAnswerSchema,
  receiptAnswerSchema,
} from "@/lib/extract/llm/answer-schemas";
import { type AskJob, type AskSettings, askModel, type ResponseFormatMode } from "@/lib/extract/llm/ask-model";
import { CallBudget } from "@/lib/extract/llm/budget";
import { layoutText } from "@/lib/extract/llm/layout-text";
import { localValueAt } from "@/lib/extract/llm/local-fallback";
import { readListInChunks } from "@/lib/extract/llm/read-list";
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
  };
}

/** Lines of a long text's end given to the classification call: a receipt's total and change stand there. */
const CLASSIFY_TAIL_LINES = 10;

async function extractWithModel(options: LlmExtractorOptions, input: ExtractInput): Promise<ExtractedDocument> {
  const settings: AskSettings = { ...options, responseFormat: options.responseFormat ?? "json_schema" };
  // One failing chunk stops the others: their answers could not be used.
  const stopAll = new AbortController();
  const job: AskJob = {
    capturedOn: input.now?.toISOString().slice(0, 10),
    budget: new CallBudget(options.maxCallsPerJob, options.maxTokensPerJob),
    signal: AbortSignal.any([input.signal, stopAll.signal]),
    onProgress: input.onProgress,
  };
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
    const answered = await askModel(settings, job, {
      ...whole,
      shape: "document",
      schema: documentAnswerSchema,
      prompt: {
        kind: "document",
        text: layoutText(lines),
        kindHint: detectDocumentKind(input.ocr, input.now),
        imageDataUrl: await image(1),
      },
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
