import { customAnswer, receiptAnswer, transactionListAnswer } from "./fixture-answers";
import { bestFixture } from "./match-fixture";
import { ocrTextOf, requestedShape } from "./request-text";
import type { ChatRequestBody, Responder } from "./types";

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
