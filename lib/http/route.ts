import { authenticate } from "@/lib/auth/authenticate";
import type { Viewer } from "@/lib/auth/viewer";
import { ensureBooted } from "@/lib/boot";
import { errorResponse } from "@/lib/errors";
import { guardRequest } from "@/lib/http/guard-request";
import { type Services, services } from "@/lib/services";

export interface PublicRouteContext<P> {
  request: Request;
  params: P;
  services: Services;
}

export interface RouteContext<P> extends PublicRouteContext<P> {
  /** Who asks: the signed-in user (or API key's), or everyone in open mode (AUTH=none). */
  viewer: Viewer;
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * Wraps a route handler that anyone may call (health, the API description, the first-run
 * screen and invitations): the process is booted (config valid, crashed jobs recovered), and
 * anything thrown becomes the JSON error response (AppError → its status, ZodError → 422,
 * anything else → a generic 500 with the details only in the log).
 */
export function publicRoute<P = Record<string, never>>(
  handler: (context: PublicRouteContext<P>) => Promise<Response>,
): Handler<P> {
  return async (request, context) => {
    try {
      guardRequest(request);
      await ensureBooted();
      return await handler({ request, params: await context.params, services: services() });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Wraps every other route handler: as {@link publicRoute}, after the caller is authenticated (401 otherwise). */
export function route<P = Record<string, never>>(handler: (context: RouteContext<P>) => Promise<Response>): Handler<P> {
  return publicRoute<P>(async (context) => {
    const viewer = await authenticate(context.request, context.services);
    return handler({ ...context, viewer });
  });
}
