import { isAPIError } from "better-auth/api";
import { AppError } from "@/lib/errors";

/**
 * better-auth's errors, in the app's shape: its status and message kept, its upper-case code
 * (USER_ALREADY_EXISTS…) turned into the app's snake case. Anything else passes through.
 */
export function fromBetterAuthError(error: unknown): unknown {
  if (!isAPIError(error)) return error;
  const body = (error.body ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof body.code === "string" ? body.code.toLowerCase() : "auth_error";
  const message = typeof body.message === "string" && body.message ? body.message : error.message;
  return new AppError(code, message, error.statusCode);
}
