import { AppError } from "@/lib/errors";

/**
 * Whether a Content-Type names JSON (`application/json`, any parameters). Requiring it on JSON
 * bodies means an HTML form, which can only send urlencoded, multipart or text/plain, cannot
 * make a JSON request at all, and a script on another site cannot send one without a CORS
 * preflight, which this app never answers with permission.
 */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  return value.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** Throws the 415 `unsupported_media_type` for a body that is not declared as JSON. */
export function assertJsonContentType(request: Request): void {
  if (isJsonContentType(request.headers.get("content-type"))) return;
  throw new AppError("unsupported_media_type", "The request body must be sent as Content-Type: application/json.", 415);
}
