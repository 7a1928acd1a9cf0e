/**
 * A fake OpenAI-compatible server for tests and benchmarks: the real `openai` SDK talks to it over
 * loopback HTTP. `server.ts` runs it, `types.ts` names the behaviours, `responders.ts` decides the
 * answers, `answers.ts` shapes them, `fixture-match.ts` finds the fixture an OCR text shows,
 * `play-behaviour.ts` and `wire-format.ts` put them on the wire.
 */
export {
  customAnswer,
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
export { fixtureAnswer, fixtureResponder, sequence } from "./responders";
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
