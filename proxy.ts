import { type NextRequest, NextResponse } from "next/server";
import { undecodableJobIdResponse } from "@/lib/http/undecodable-job-id";

/**
 * Runs before Next.js decodes a route's params, only for job URLs whose id holds a `%` (no job
 * id the app makes does): one that is not valid percent-encoding gets the app's JSON 404
 * instead of Next's plain-text 500. The matcher keeps every ordinary request, uploads and
 * streams included, off this path: a request through the proxy has its body copied.
 */
export function proxy(request: NextRequest): Response {
  return undecodableJobIdResponse(request.nextUrl.pathname) ?? NextResponse.next();
}

export const config = {
  matcher: ["/api/jobs/:id(.*%.*)", "/api/jobs/:id(.*%.*)/:rest*"],
};
