import { buildOpenApiDocument } from "@/lib/openapi/build-document";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

let document: string | undefined;

/**
 * The OpenAPI 3.2 document of this API, built from the same zod schemas the handlers use (and
 * equal to the committed `openapi/openapi.json`). A plain handler: it needs nothing booted.
 */
export function GET(): Response {
  document ??= JSON.stringify(buildOpenApiDocument());
  return new Response(document, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
