import { ZodError } from "zod";

/**
 * The one error type Sukusho throws on purpose. `code` is stable for programs, `message` is
 * written for people, `status` is the HTTP status when it reaches a route handler.
 */
const APP_ERROR = Symbol.for("sukusho.AppError");

/**
 * `instanceof` by brand, not by class identity: Next.js bundles instrumentation (which builds
 * the long-lived services) and the route handlers separately, so one process can hold two
 * copies of this class, and an error thrown by one copy must still be recognised by the other.
 */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

export class AppError extends Error {
  readonly [APP_ERROR] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, APP_ERROR);
  }

  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    readonly details?: unknown,
    /** Response headers the status needs (`Retry-After` of a 429, say). */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/**
 * Turns anything thrown into a JSON error response. Internal errors are logged with their
 * stack and shown to the client as a generic message: no stack trace ever leaves the server.
 */
export function errorResponse(error: unknown): Response {
  const { status, body, headers } = describeError(error);
  if (status >= 500) console.error("[sukusho] internal error:", error);
  return Response.json(body, { status, headers: { ...headers, "Cache-Control": "no-store" } });
}

export function describeError(error: unknown): {
  status: number;
  body: ErrorBody;
  headers?: Readonly<Record<string, string>>;
} {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return error.headers ? { status: error.status, body, headers: error.headers } : { status: error.status, body };
  }
  if (error instanceof ZodError) {
    return {
      status: 422,
      body: {
        error: {
          code: "invalid_request",
          message: "The request is not valid.",
          details: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
        },
      },
    };
  }
  return {
    status: 500,
    body: { error: { code: "internal_error", message: "Something went wrong on our side." } },
  };
}

/** The `{code, message}` of a failed step: AppErrors keep theirs, anything else is generic. */
export function toProblem(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: "internal_error", message: "An unexpected error stopped this step." };
}

export function jobNotFound(id: string): AppError {
  return new AppError("job_not_found", `There is no job ${id}.`, 404);
}
