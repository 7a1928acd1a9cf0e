import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError, sendJson } from "./openai-error";
import { playBehaviour } from "./play-behaviour";
import type { ChatRequestBody, RecordedRequest, Responder } from "./types";

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
