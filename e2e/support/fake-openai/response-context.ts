import type { ServerResponse } from "node:http";
import type { CompletionMeta } from "./completion-chunks";
import type { ChatRequestBody } from "./types";

/** What a behaviour needs to answer one chat completion request. */
export interface ResponseContext {
  res: ServerResponse;
  body: ChatRequestBody;
  meta: CompletionMeta;
  /** Registers a function run once when the response closes (finished, client gone, or server closing). */
  onClose: (cleanup: () => void) => void;
  /** Called once just before a properly ending completion's response is ended (not for stalls or drops). */
  onFinished?: () => void;
}
