/**
 * Server-Sent Events framing (WHATWG HTML § 9.2). One function per kind of block; every block
 * ends with a blank line so the browser dispatches it at once.
 */

export interface SseMessage {
  id?: string | number;
  event?: string;
  /** A string is sent as is (split on newlines into `data:` lines); anything else as JSON. */
  data: unknown;
  /** Reconnection delay in ms the client should use from now on. */
  retry?: number;
}

function assertSingleLine(field: string, value: string): void {
  if (/[\r\n]/.test(value)) throw new Error(`SSE ${field} must not contain a line break`);
}

export function encodeMessage(message: SseMessage): string {
  let block = "";
  if (message.retry !== undefined) block += `retry: ${Math.max(0, Math.floor(message.retry))}\n`;
  if (message.id !== undefined) {
    const id = String(message.id);
    assertSingleLine("id", id);
    // A NUL in the id makes browsers ignore it.
    if (id.includes("\0")) throw new Error("SSE id must not contain NUL");
    block += `id: ${id}\n`;
  }
  if (message.event !== undefined) {
    assertSingleLine("event", message.event);
    block += `event: ${message.event}\n`;
  }
  const payload = typeof message.data === "string" ? message.data : JSON.stringify(message.data);
  for (const line of payload.split(/\r\n|\r|\n/)) block += `data: ${line}\n`;
  return `${block}\n`;
}

/** A comment block: ignored by clients, keeps proxies from closing an idle connection. */
export function encodeComment(text: string): string {
  return `${text
    .split(/\r\n|\r|\n/)
    .map((line) => `: ${line}`)
    .join("\n")}\n\n`;
}

/** A block that only sets the reconnection delay. */
export function encodeRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.floor(ms))}\n\n`;
}
