import type { Answer } from "./answer";
import { chunkObject, sseData, usageChunk } from "./completion-chunks";
import { writePaced } from "./paced-writer";
import type { ResponseContext } from "./response-context";
import { splitText } from "./split-text";
import { usageFor } from "./usage";

/** How a response ends: properly (`finish`), never (`stall`), or with a destroyed socket (`drop`). */
export type Ending = "finish" | "stall" | "drop";

/**
 * Streams `answer` as OpenAI does: `text/event-stream` of `data: {chunk}` events — the role
 * chunk, one chunk per piece of content (or refusal), the chunk with `finish_reason`, the usage
 * chunk (`choices: []`) when `stream_options.include_usage` was asked, then `data: [DONE]`.
 * `stall` and `drop` stop after the content pieces.
 */
export function sendStream(ctx: ResponseContext, answer: Answer, ending: Ending): void {
  const { res, body, meta } = ctx;
  const includeUsage = body.stream_options?.include_usage === true;
  const first = answer.channel === "content" ? { role: "assistant", content: "" } : { role: "assistant", refusal: "" };
  const events = [sseData(chunkObject(meta, first, null, includeUsage))];
  for (const piece of splitText(answer.text, answer.chunkChars)) {
    events.push(sseData(chunkObject(meta, { [answer.channel]: piece }, null, includeUsage)));
  }
  if (ending === "finish") {
    events.push(sseData(chunkObject(meta, {}, answer.finishReason, includeUsage)));
    if (includeUsage) events.push(sseData(usageChunk(meta, usageFor(body, answer.text, answer.usage))));
    events.push(sseData("[DONE]"));
  }
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    "x-request-id": `req_${meta.id}`,
  });
  res.flushHeaders();
  const cancel = writePaced(res, events, answer.chunkDelayMs, () => {
    if (ending === "finish") {
      ctx.onFinished?.();
      res.end();
    } else if (ending === "drop") res.destroy();
    // "stall": nothing more; the response stays open until the client (or close()) ends it.
  });
  ctx.onClose(cancel);
}
