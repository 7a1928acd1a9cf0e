/**
 * A fake OpenAI-compatible server for tests: the real `openai` SDK talks to it over loopback HTTP.
 * See `server.ts` for the server, `types.ts` for behaviours, `fixture-responder.ts` for the default answers.
 */
export { type Answer, answerFor, defaultPartialContent } from "./answer";
export { chunkObject, completionObject, sseData, usageChunk } from "./completion-chunks";
export {
  customAnswer,
  type ReceiptAnswer,
  receiptAnswer,
  rowsInText,
  type TransactionListAnswer,
  transactionListAnswer,
} from "./fixture-answers";
export { fixtureOcrText, fixturesDir, fixtureTruth, fixtureTruths } from "./fixture-files";
export { fixtureAnswer, fixtureResponder } from "./fixture-responder";
export { bestFixture, distinctiveValues, type FixtureMatch, scoreDocument } from "./match-fixture";
export { amountVariants, countAmount, dateVariants, hasDate, hasText, normaliseForMatch } from "./match-text";
export { type OpenAIErrorBody, openAIErrorBody } from "./openai-error";
export { ocrTextOf, ocrTextTags, type RequestedShape, requestedShape } from "./request-text";
export { sequence } from "./sequence";
export { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "./server";
export type { Behaviour, ChatMessage, ChatRequestBody, RecordedRequest, Responder, StreamPacing, Usage } from "./types";
export { estimateTokens, usageFor } from "./usage";
