import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { eventsRouteOf, serveEventsRoute } from "@/lib/sse/node-events-server";

type RequestListener = (this: Server, req: IncomingMessage, res: ServerResponse) => void;

const INSTALLED = Symbol.for("sukusho.events-server-installed");
type Holder = typeof globalThis & { [INSTALLED]?: true };

/**
 * Puts the event routes in front of Next on every HTTP server of this process (docs/streaming.md,
 * "Streams beside Next"). `next start` owns its server and gives no hook before its request
 * handler, so the server is taken from Node's `http.server.request.start` diagnostics channel,
 * published just before the server's `request` event: at a server's first request its request
 * listeners are wrapped by one that serves the event routes itself and hands everything else,
 * unchanged, to Next. Called once from instrumentation.ts; calling it again does nothing.
 */
export function installEventsServer(): void {
  const holder = globalThis as Holder;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const wrapped = new WeakSet<Server>();
  subscribe("http.server.request.start", (message) => {
    const { server } = message as { server?: Server };
    if (!server || wrapped.has(server)) return;
    wrapped.add(server);
    putEventsRoutesFirst(server);
  });
}

/** Replaces the server's request listeners with one that serves the event routes first. */
export function putEventsRoutesFirst(server: Server, serve = serveEventsRoute): void {
  const others = server.listeners("request") as RequestListener[];
  server.removeAllListeners("request");
  server.on("request", function dispatch(this: Server, req: IncomingMessage, res: ServerResponse) {
    const route = eventsRouteOf(req.method, req.url);
    if (route) {
      void serve(route, req, res);
      return;
    }
    for (const listener of others) listener.call(this, req, res);
  });
}
