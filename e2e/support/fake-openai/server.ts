import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { playBehaviour } from "./play-behaviour";
import { atTokenRate, fixtureResponder } from "./responders";
import type { ChatRequestBody, RecordedRequest, Responder } from "./types";
import { sendError, sendJson } from "./wire-format";

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
  /**
   * Streams every answer at this many tokens a second (4 ASCII characters or one other character
   * a token: wire-format.ts tokenPieces), whatever the
   * responder's pacing: a model's real speed for benchmarks (`atTokenRate`). Default: the
   * responder's own pacing (12 characters every 5 ms).
   */
  tokensPerSecond?: number;
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
  const given = options.responder ?? fixtureResponder;
  const rate = options.tokensPerSecond;
  const paced = (responder: Responder) => (rate === undefined ? responder : atTokenRate(rate, responder));
  const initialResponder = paced(given);
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
      responder = paced(next);
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

/** One request and the server state it needs. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** Functions the server runs once when `res` closes. */
  cleanups: Array<() => void>;
  apiKey: string;
  models: string[];
  responder: Responder;
  /** The record the request is appended to. */
  requests: RecordedRequest[];
  /** Called when a completion has been finished (after `finishedAt` is set). */
  onFinished?: (request: RecordedRequest) => void;
}

const routes = ["POST /v1/chat/completions", "GET /v1/models", "GET /v1/models/{id}"];

/**
 * Reads, records and answers one request: 404 for unknown routes, 401 for a wrong or missing
 * key, the model list, or a chat completion played from the responder's behaviour.
 */
export async function handleRequest(ctx: RequestContext): Promise<void> {
  const { req, res } = ctx;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname.replace(/\/+$/, "");
  const recorded: RecordedRequest = {
    index: ctx.requests.length,
    method: req.method ?? "GET",
    path,
    headers: req.headers,
    body: parseBody(Buffer.concat(chunks).toString("utf8")),
    get status() {
      return res.headersSent ? res.statusCode : 0;
    },
    disconnected: false,
  };
  ctx.requests.push(recorded);
  ctx.cleanups.push(() => {
    if (!res.writableFinished) recorded.disconnected = true;
  });

  const route = `${recorded.method} ${path.startsWith("/v1/models/") ? "/v1/models/{id}" : path}`;
  if (!routes.includes(route)) return sendError(res, 404, `Invalid URL (${recorded.method} ${path})`);
  const authorization = req.headers.authorization;
  if (authorization !== `Bearer ${ctx.apiKey}`) {
    return sendError(
      res,
      401,
      authorization
        ? "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys."
        : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    );
  }
  if (route === "GET /v1/models") return sendJson(res, 200, { object: "list", data: ctx.models.map(modelObject) });
  if (route === "GET /v1/models/{id}") {
    const id = decodeURIComponent(path.slice("/v1/models/".length));
    if (ctx.models.includes(id)) return sendJson(res, 200, modelObject(id));
    return sendError(res, 404, `The model '${id}' does not exist or you do not have access to it.`);
  }
  const body = recorded.body;
  if (!body) return sendError(res, 400, "We could not parse the JSON body of your request.");
  if (typeof body.model !== "string" || body.model === "") {
    return sendError(res, 400, "you must provide a model parameter");
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return sendError(res, 400, "Missing required parameter: 'messages'.");
  }
  const behaviour = ctx.responder(recorded);
  const meta = {
    id: `chatcmpl-${randomBytes(12).toString("hex")}`,
    created: Math.floor(Date.now() / 1000),
    model: body.model,
  };
  const onFinished = () => {
    recorded.finishedAt = performance.now();
    ctx.onFinished?.(recorded);
  };
  playBehaviour({ res, body, meta, onClose: (cleanup) => ctx.cleanups.push(cleanup), onFinished }, behaviour);
}

function parseBody(raw: string): ChatRequestBody | null {
  if (raw.trim() === "") return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as ChatRequestBody) : null;
  } catch {
    return null;
  }
}

function modelObject(id: string) {
  return { id, object: "model", created: 1_700_000_000, owned_by: "fake-openai" };
}
