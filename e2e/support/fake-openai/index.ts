/**
 * A fake OpenAI-compatible server for tests and benchmarks: the real `openai` SDK talks to it over
 * loopback HTTP. `server.ts` runs it, `types.ts` names the behaviours, `responders.ts` decides the
 * answers, `answers.ts` shapes them, `fixture-match.ts` finds the fixture an OCR text shows,
 * `play-behaviour.ts` and `wire-format.ts` put them on the wire.
 *
 * Responders (responders.ts): `fixtureResponder` (the default) answers as a perfect model would
 * for the repository's fixture the request's OCR text shows; `truthResponder(() => truth)` does
 * the same for any ground truth a caller points it at — the bench sets the truth of the sample it
 * is about to upload, e.g. `let current; truthResponder(() => current)`, and a long list's chunks
 * each get the rows whose amounts their OCR text shows. Every shape the extractor asks for is
 * answered: a kind, the model's own choice of kind (`document`, answered with the truth's kind
 * whatever the prompt's hint), the kind alone (`document_kind`), custom fields; with a strict
 * schema, JSON mode or the schema written in the prompt. `sloppy(r)` writes r's answers as a
 * model without structured output does; `misfitThenRepair()` / `misfitting(values)` answer with
 * values that do not fit, once or always; `sequence(...)` scripts failures; `atTokenRate(40, r)`
 * streams r's answers at 40 tokens a second (also the server option `tokensPerSecond`).
 */
export {
  customAnswer,
  isRepairRequest,
  ocrTextOf,
  ocrTextTags,
  type ReceiptAnswer,
  type RequestedShape,
  receiptAnswer,
  requestedShape,
  rowsInText,
  type TransactionListAnswer,
  transactionListAnswer,
} from "./answers";
export {
  amountVariants,
  bestFixture,
  countAmount,
  dateVariants,
  distinctiveValues,
  type FixtureMatch,
  fixtureOcrText,
  fixturesDir,
  fixtureTruth,
  fixtureTruths,
  hasDate,
  hasText,
  normaliseForMatch,
  scoreDocument,
} from "./fixture-match";
export { type Answer, answerFor, defaultPartialContent } from "./play-behaviour";
export {
  atTokenRate,
  fixtureAnswer,
  fixtureResponder,
  MISFIT_VALUES,
  misfitThenRepair,
  misfitting,
  sequence,
  sloppy,
  truthAnswer,
  truthResponder,
} from "./responders";
export { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "./server";
export type { Behaviour, ChatMessage, ChatRequestBody, RecordedRequest, Responder, StreamPacing, Usage } from "./types";
export {
  chunkObject,
  completionObject,
  estimateTokens,
  type OpenAIErrorBody,
  openAIErrorBody,
  sseData,
  usageChunk,
  usageFor,
} from "./wire-format";
