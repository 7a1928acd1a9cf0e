import { type NextRequest, NextResponse } from "next/server";
import { securePage } from "@/lib/http/page-security";
import { undecodableJobIdResponse } from "@/lib/http/undecodable-job-id";

/**
 * Runs before Next.js renders a page, or decodes a job route's params:
 * - pages get a fresh nonce and their Content-Security-Policy (lib/http/page-security.ts);
 * - job URLs whose id holds a `%` (no job id the app makes does) that is not valid
 *   percent-encoding get the app's JSON 404 instead of Next's plain-text 500.
 * The matcher keeps every other API request, uploads and streams included, and the static
 * files off this path: a request through the proxy has its body copied.
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return undecodableJobIdResponse(pathname) ?? NextResponse.next();
  return securePage(request);
}

export const config = {
  matcher: [
    "/api/jobs/:id(.*%.*)",
    "/api/jobs/:id(.*%.*)/:rest*",
    {
      // Every page: all but the API, Next's static files and images; a prefetch renders no document.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
