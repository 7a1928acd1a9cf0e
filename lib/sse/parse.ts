/**
 * An incremental Server-Sent Events parser that follows the WHATWG algorithm: feed it chunks
 * cut anywhere (inside a line, inside a CRLF, inside a multi-byte character) and it yields
 * each event once its blank line arrives. Used by the typed client, the CLI and the tests.
 */

export interface ParsedEvent {
  /** The last id seen on this stream, as the spec's "last event ID buffer". */
  id: string | undefined;
  event: string;
  data: string;
}

export interface ParserHandlers {
  onEvent: (event: ParsedEvent) => void;
  onRetry?: (ms: number) => void;
  onComment?: (text: string) => void;
}

export class SseParser {
  private buffer = "";
  private decoder = new TextDecoder("utf-8");
  private firstChunk = true;
  private pendingCr = false;
  private data: string[] = [];
  private eventType = "";
  private lastEventId: string | undefined;

  constructor(private readonly handlers: ParserHandlers) {}

  /** The id the client would send as Last-Event-ID if it reconnected now. */
  get lastId(): string | undefined {
    return this.lastEventId;
  }

  feed(chunk: Uint8Array | string): void {
    let text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
    if (this.firstChunk && text.length > 0) {
      this.firstChunk = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A CR that ended the previous chunk may be the first half of a CRLF.
    if (this.pendingCr && text.startsWith("\n")) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const char = this.buffer[i];
      if (char !== "\n" && char !== "\r") continue;
      this.processLine(this.buffer.slice(start, i));
      if (char === "\r") {
        if (i + 1 === this.buffer.length) this.pendingCr = true;
        else if (this.buffer[i + 1] === "\n") i++;
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  /** Ends the stream: a trailing event without its blank line is discarded, per the spec. */
  end(): void {
    this.buffer = "";
    this.data = [];
    this.eventType = "";
  }

  private processLine(line: string): void {
    if (line === "") {
      this.dispatch();
      return;
    }
    if (line.startsWith(":")) {
      this.handlers.onComment?.(line.slice(1).trimStart());
      return;
    }
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "data":
        this.data.push(value);
        break;
      case "event":
        this.eventType = value;
        break;
      case "id":
        if (!value.includes("\0")) this.lastEventId = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) this.handlers.onRetry?.(Number(value));
        break;
      default:
        break;
    }
  }

  private dispatch(): void {
    if (this.data.length === 0) {
      this.eventType = "";
      return;
    }
    const event: ParsedEvent = {
      id: this.lastEventId,
      event: this.eventType || "message",
      data: this.data.join("\n"),
    };
    this.data = [];
    this.eventType = "";
    this.handlers.onEvent(event);
  }
}
