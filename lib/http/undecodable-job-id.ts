import { errorResponse, jobNotFound } from "@/lib/errors";

const JOB_PATH = /^\/api\/jobs\/([^/]+)/;

/**
 * The JSON answer for a job URL whose id is not valid percent-encoding (`/api/jobs/%ff`), or
 * null when the id decodes. Next.js decodes a route's params before calling the handler, and
 * on such an id answers a plain-text 500 itself, so the route() wrapper never sees it; the
 * proxy (proxy.ts) asks this first. No job can have that id: 404 job_not_found, as for any
 * unknown id, through the app's one error function.
 */
export function undecodableJobIdResponse(pathname: string): Response | null {
  const id = JOB_PATH.exec(pathname)?.[1];
  if (id === undefined) return null;
  try {
    decodeURIComponent(id);
    return null;
  } catch {
    return errorResponse(jobNotFound(id));
  }
}
