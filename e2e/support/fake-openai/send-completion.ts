import type { Answer } from "./answer";
import { completionObject } from "./completion-chunks";
import { sendJson } from "./openai-error";
import { writePaced } from "./paced-writer";
import type { ResponseContext } from "./response-context";
import type { Ending } from "./send-stream";
import { usageFor } from "./usage";

/**
 * Answers a non-streaming request with one `chat.completion` object. `drop` sends the headers and
 * the first characters of that body, then destroys the socket; `stall` sends nothing at all.
 */
export function sendCompletion(ctx: ResponseContext, answer: Answer, ending: Ending): void {
  const { res, body, meta } = ctx;
  if (ending === "stall") return;
  const output =
    answer.channel === "content" ? { content: answer.text, refusal: null } : { content: null, refusal: answer.text };
  const completion = completionObject(meta, output, answer.finishReason, usageFor(body, answer.text, answer.usage));
  const headers = { "x-request-id": `req_${meta.id}` };
  if (ending === "finish") {
    ctx.onFinished?.();
    sendJson(res, 200, completion, headers);
    return;
  }
  const text = JSON.stringify(completion);
  res.writeHead(200, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  const partial = text.slice(0, Math.max(1, answer.text.length));
  ctx.onClose(writePaced(res, [partial], answer.chunkDelayMs, () => res.destroy()));
}
