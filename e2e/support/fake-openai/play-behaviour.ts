import { answerFor } from "./answer";
import { sendError } from "./openai-error";
import type { ResponseContext } from "./response-context";
import { sendCompletion } from "./send-completion";
import { type Ending, sendStream } from "./send-stream";
import type { Behaviour } from "./types";

/** Carries out `behaviour` on one chat completion request, streaming or not as the request asked. */
export function playBehaviour(ctx: ResponseContext, behaviour: Behaviour): void {
  if (behaviour.type === "status") {
    sendError(ctx.res, behaviour.status, behaviour.message, behaviour.headers);
    return;
  }
  if (behaviour.type === "drop" && behaviour.afterChars === undefined) {
    ctx.res.destroy();
    return;
  }
  const answer = answerFor(behaviour, ctx.body);
  if (!answer) throw new Error(`fake-openai: behaviour ${behaviour.type} has no answer`);
  const ending: Ending = behaviour.type === "stall" ? "stall" : behaviour.type === "drop" ? "drop" : "finish";
  if (ctx.body.stream === true) sendStream(ctx, answer, ending);
  else sendCompletion(ctx, answer, ending);
}
