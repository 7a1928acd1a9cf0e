import type { ChatRequestBody, Usage } from "./types";

/** A rough token count, as the fake counts them: one token per 4 characters, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(Array.from(text).length / 4);
}

/** All text of the request's messages (string contents and text parts), joined by newlines. */
export function promptText(body: ChatRequestBody | null): string {
  const parts: string[] = [];
  for (const message of body?.messages ?? []) {
    const content = message.content;
    if (typeof content === "string") parts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content) if (typeof part.text === "string") parts.push(part.text);
    }
  }
  return parts.join("\n");
}

/** The usage reported for a request and the text it got back; `override` replaces any count. */
export function usageFor(body: ChatRequestBody | null, completion: string, override?: Partial<Usage>): Usage {
  const prompt_tokens = override?.prompt_tokens ?? estimateTokens(promptText(body));
  const completion_tokens = override?.completion_tokens ?? estimateTokens(completion);
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens: override?.total_tokens ?? prompt_tokens + completion_tokens,
  };
}
