import type { TruthDocument } from "../../../scripts/fixtures/truth-schema";
import {
  customAnswer,
  hasImage,
  hasOcrText,
  isRepairRequest,
  ocrTextOf,
  receiptAnswer,
  requestedShape,
  transactionListAnswer,
} from "./answers";
import { bestFixture } from "./fixture-match";
import type { Behaviour, ChatRequestBody, RecordedRequest, Responder } from "./types";

/**
 * Who answers what. A perfect model: {@link truthAnswer} for a given truth,
 * {@link fixtureResponder} for the repository's fixtures (the one the OCR text shows),
 * {@link truthResponder} for any truth a caller points it at (the bench's corpora). Imperfect
 * ones, wrapping another responder: {@link sloppy} (free JSON as models without structured
 * output write it), {@link misfitThenRepair} and {@link misfitting} (answers that do not fit), and
 * {@link sequence} for scripted runs.
 */

/**
 * The JSON a perfect model returns for this request about `document`, in the requested shape:
 * `receipt`, `transaction_list` (only the rows this request's OCR text shows, so a chunk of a
 * long list gets its own rows; a request with the image and no `<ocr_text>` block gets every
 * row, as a model reading the whole screenshot would), `document` (the model picks the truth's kind, whatever the
 * prompt's hint: `{document: {kind, …}}`), `document_kind` (`{kind}`), a custom schema
 * (properties filled by name), or, with no schema at all, the truth's own shape plus `kind`.
 */
export function truthAnswer(document: TruthDocument | null, body: ChatRequestBody | null): unknown {
  // A request with the image and no OCR text (vision before OCR) sees the whole page: every row.
  const ocrText = hasOcrText(body) || !hasImage(body) ? ocrTextOf(body) : undefined;
  const shape = requestedShape(body);
  switch (shape.kind) {
    case "receipt":
      return receiptAnswer(document);
    case "transaction_list":
      return transactionListAnswer(document, ocrText);
    case "document": {
      const kind = document?.kind ?? "receipt";
      return {
        document:
          kind === "receipt"
            ? { kind, ...receiptAnswer(document) }
            : { kind, ...transactionListAnswer(document, ocrText) },
      };
    }
    case "document_kind":
      return { kind: document?.kind ?? "receipt" };
    case "custom":
      return customAnswer(document, shape.schema);
    case "unspecified": {
      const kind = shape.hint ?? document?.kind ?? "receipt";
      return kind === "receipt"
        ? { kind, ...receiptAnswer(document) }
        : { kind, ...transactionListAnswer(document, ocrText) };
    }
  }
}

/** {@link truthAnswer} for the repository's fixture that best matches the request's `<ocr_text>`. */
export function fixtureAnswer(body: ChatRequestBody | null): unknown {
  return truthAnswer(bestFixture(ocrTextOf(body))?.truth.document ?? null, body);
}

/** The default responder: answers every request with {@link fixtureAnswer} as streamed JSON. */
export const fixtureResponder: Responder = (request) => ({ type: "json", body: fixtureAnswer(request.body) });

/**
 * A perfect model for any truth: each request is answered from the document `truth()` returns
 * at that moment, e.g. `truthResponder(() => currentTruth)` while a benchmark walks a corpus
 * (set `currentTruth` before each job; a list's chunks each get the rows their text shows).
 */
export function truthResponder(truth: () => TruthDocument | null): Responder {
  return (request) => ({ type: "json", body: truthAnswer(truth(), request.body) });
}

/**
 * A model without structured output: the same answer as `responder`'s, written as such models
 * write it — inside a ```json fence between two sentences, a trailing comma, the kind as `list`,
 * dates as `2026/12/04`, times as `9:05 PM`, amounts as strings with their currency (`"1,280円"`,
 * `"RM 17.20"`, `"$12.45"`), currencies as a symbol or a lower-case code.
 */
export function sloppy(responder: Responder = fixtureResponder): Responder {
  return (request) => {
    const behaviour = responder(request);
    if (behaviour.type !== "json") return behaviour;
    const json = JSON.stringify(sloppyValue(behaviour.body, currencyOf(behaviour.body), ""), null, 2);
    const withComma = json.replace(/\n(\s*)([}\]])$/, ",\n$1$2");
    return {
      type: "text",
      content: `Here is the extracted data:\n\n\`\`\`json\n${withComma}\n\`\`\`\n\nLet me know if you need anything else.`,
    };
  };
}

const AMOUNT_KEYS = new Set(["total", "subtotal", "tax", "rounding", "amount"]);

function sloppyValue(value: unknown, currency: string | null, key: string): unknown {
  if (Array.isArray(value)) return value.map((element) => sloppyValue(element, currency, ""));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, sloppyValue(inner, currency, name)]));
  }
  if (key === "kind" && value === "transaction_list") return "list";
  if (key === "date" && typeof value === "string") return value.replace(/-/g, "/");
  if (key === "time" && typeof value === "string") {
    const [hour = 0, minute = 0] = value.split(":").map(Number);
    return `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
  }
  if (key === "currency" && typeof value === "string") return CURRENCY_WORDS[value] ?? value.toLowerCase();
  if (AMOUNT_KEYS.has(key) && typeof value === "number") return moneyText(value, currency);
  return value;
}

const CURRENCY_WORDS: Record<string, string> = { JPY: "円", USD: "$", MYR: "RM" };

function moneyText(amount: number, currency: string | null): string {
  const digits = amount.toLocaleString("en-US", {
    minimumFractionDigits: currency === "JPY" ? 0 : 2,
    maximumFractionDigits: 2,
  });
  if (currency === "JPY") return `${digits}円`;
  if (currency === "MYR") return `RM ${digits}`;
  if (currency === "USD") return `$${digits}`;
  return `${currency ?? ""} ${digits}`.trim();
}

function currencyOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as Record<string, unknown>;
  const inner = (typeof record.document === "object" && record.document !== null ? record.document : record) as Record<
    string,
    unknown
  >;
  return typeof inner.currency === "string" ? inner.currency : null;
}

/** Values that fit no schema, for the misfit responders: a date, a time and an amount a model made up. */
export const MISFIT_VALUES: Record<string, unknown> = {
  date: "the day before yesterday",
  total: "lots",
  time: "teatime",
};

/**
 * `responder`'s answer with `values` written over it (at the top and inside a `document` wrapper,
 * wherever the key exists; default {@link MISFIT_VALUES}); a correction request (the model's
 * earlier answer in the conversation) is answered properly. One misfit, then the repair.
 */
export function misfitThenRepair(
  values: Record<string, unknown> = MISFIT_VALUES,
  responder: Responder = fixtureResponder,
): Responder {
  const broken = misfitting(values, responder);
  return (request) => (isRepairRequest(request.body) ? responder(request) : broken(request));
}

/** `responder`'s answer with `values` written over it, every time, corrections included. */
export function misfitting(values: Record<string, unknown>, responder: Responder = fixtureResponder): Responder {
  return (request) => {
    const behaviour = responder(request);
    if (behaviour.type !== "json" || typeof behaviour.body !== "object" || behaviour.body === null) return behaviour;
    const body = structuredClone(behaviour.body) as Record<string, unknown>;
    const target = (typeof body.document === "object" && body.document !== null ? body.document : body) as Record<
      string,
      unknown
    >;
    for (const [key, value] of Object.entries(values)) if (key in target) target[key] = value;
    return { ...behaviour, body };
  };
}

/**
 * A responder that answers its i-th call with the i-th step (the last step repeats), e.g.
 * `sequence({ type: "status", status: 429 }, { type: "status", status: 429 }, fixtureResponder)`.
 * A step is a behaviour or a responder (asked with the request). The count is this responder's
 * own: it starts at its first call, whatever came before.
 */
export function sequence(...steps: Array<Behaviour | Responder>): Responder {
  if (steps.length === 0) throw new Error("sequence() needs at least one step");
  let calls = 0;
  return (request: RecordedRequest) => {
    const step = steps[Math.min(calls++, steps.length - 1)]!;
    return typeof step === "function" ? step(request) : step;
  };
}

/**
 * `responder`'s answers streamed at a model's pace: one token (4 ASCII characters, or one other
 * character: wire-format.ts tokenPieces) every `1000 / tokensPerSecond` ms, e.g. `atTokenRate(40)`
 * for a realistic hosted model. Behaviours that send no content (`status`) are left as they are.
 */
export function atTokenRate(tokensPerSecond: number, responder: Responder = fixtureResponder): Responder {
  if (!(tokensPerSecond > 0)) throw new RangeError("tokensPerSecond must be > 0");
  return (request) => {
    const behaviour = responder(request);
    if (behaviour.type === "status") return behaviour;
    return { ...behaviour, chunkTokens: 1, chunkDelayMs: 1000 / tokensPerSecond };
  };
}
