import { ensureBooted } from "@/lib/boot";
import { errorResponse } from "@/lib/errors";
import { guardRequest } from "@/lib/http/guard-request";
import { type Services, services } from "@/lib/services";

export interface RouteContext<P> {
  request: Request;
  params: P;
  services: Services;
}

/**
 * Wraps every route handler once: the process is booted (config valid, crashed jobs
 * recovered), and anything thrown becomes the JSON error response (AppError → its status,
 * ZodError → 422, anything else → a generic 500 with the details only in the log).
 */
export function route<P = Record<string, never>>(
  handler: (context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
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
