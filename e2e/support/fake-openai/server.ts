import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fixtureResponder } from "./fixture-responder";
import { handleRequest } from "./handle-request";
import { sendError } from "./openai-error";
import type { RecordedRequest, Responder } from "./types";

/** Options of {@link startFakeOpenAI}. */
export interface FakeOpenAIOptions {
  /** The key clients must send as `Authorization: Bearer <key>`. Default `test-key`. */
  apiKey?: string;
  /** Decides each chat completion's behaviour. Default: the fixture responder. */
  responder?: Responder;
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number;
  /** Models listed by `GET /v1/models` (completions accept any name). Default `gpt-4o-mini`, `gpt-4o`. */
  models?: string[];
  /**
   * Called when a chat completion that ends properly has been written in full (its
   * `finishedAt` is set), just before the response is ended. Not called for errors, stalls, drops.
   */
  onFinished?: (request: RecordedRequest) => void;
}

/** A running fake OpenAI-compatible server. */
export interface FakeOpenAI {
  /** Base URL for the SDK's `baseURL`: `http://127.0.0.1:PORT/v1`. */
  readonly url: string;
  readonly port: number;
  readonly apiKey: string;
  /** Every request received since start (or the last `reset()`), in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Only the `POST /v1/chat/completions` requests. */
  completions(): RecordedRequest[];
  /** Responses open right now (a stalled stream counts until its client goes away). */
  readonly inFlight: number;
  /** The most responses open at once since start (or the last `reset()`). */
  readonly maxInFlight: number;
  /** Replaces the responder for the requests that follow. */
  setResponder(responder: Responder): void;
  /** Forgets the recorded requests, resets `maxInFlight` and restores the responder given at start. */
  reset(): void;
  /** Ends open responses (stalled streams included) and resolves once the port is released. */
  close(): Promise<void>;
}

/**
 * Starts an OpenAI-compatible server on 127.0.0.1: `POST /v1/chat/completions` (streaming and
 * not), `GET /v1/models`, `GET /v1/models/{id}`; 404 for anything else and 401 for a wrong or
 * missing key, both in OpenAI's error shape.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const apiKey = options.apiKey ?? "test-key";
  const initialResponder = options.responder ?? fixtureResponder;
  const models = options.models ?? ["gpt-4o-mini", "gpt-4o"];
  const { onFinished } = options;
  let responder = initialResponder;
  let requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  let maxInFlight = 0;

  const server = http.createServer((req, res) => {
    const cleanups: Array<() => void> = [];
    open.add(res);
    maxInFlight = Math.max(maxInFlight, open.size);
    res.once("close", () => {
      open.delete(res);
      for (const cleanup of cleanups.splice(0)) cleanup();
    });
    handleRequest({ req, res, cleanups, apiKey, models, responder, requests, onFinished }).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) res.destroy();
      else sendError(res, 500, `fake-openai: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    apiKey,
    get requests() {
      return requests;
    },
    completions: () => requests.filter((r) => r.method === "POST" && r.path === "/v1/chat/completions"),
    get inFlight() {
      return open.size;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    setResponder(next) {
      responder = next;
    },
    reset() {
      requests = [];
      maxInFlight = open.size;
      responder = initialResponder;
    },
    close() {
      closing ??= (async () => {
        const responsesClosed = [...open].map((res) => new Promise<void>((resolve) => res.once("close", resolve)));
        const serverClosed = new Promise<void>((resolve, reject) =>
          server.close((error) => (error ? reject(error) : resolve())),
        );
        for (const res of open) res.destroy();
        server.closeAllConnections();
        await Promise.all([serverClosed, ...responsesClosed]);
      })();
      return closing;
    },
  };
}
