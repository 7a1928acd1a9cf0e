import { customAnswer, ocrTextOf, receiptAnswer, requestedShape, transactionListAnswer } from "./answers";
import { bestFixture } from "./fixture-match";
import type { Behaviour, ChatRequestBody, RecordedRequest, Responder } from "./types";

/**
 * The JSON a good model would return for this request, given the repository's fixtures: the
 * fixture best matching the request's `<ocr_text>` block(s), answered in the requested shape —
 * `receipt`, `transaction_list` (only the rows this request's OCR text shows), a custom schema
 * (properties filled by name), or, with no `json_schema`, the fixture's own shape plus `kind`.
 */
export function fixtureAnswer(body: ChatRequestBody | null): unknown {
  const ocrText = ocrTextOf(body);
  const document = bestFixture(ocrText)?.truth.document ?? null;
  const shape = requestedShape(body);
  switch (shape.kind) {
    case "receipt":
      return receiptAnswer(document);
    case "transaction_list":
      return transactionListAnswer(document, ocrText);
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

/** The default responder: answers every request with {@link fixtureAnswer} as streamed JSON. */
export const fixtureResponder: Responder = (request) => ({ type: "json", body: fixtureAnswer(request.body) });

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
