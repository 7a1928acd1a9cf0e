import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { optionalViewer } from "@/lib/auth/authenticate";
import { needsOwnerSetup } from "@/lib/auth/owner";
import type { Viewer } from "@/lib/auth/viewer";
import { ensureBooted } from "@/lib/boot";
import { services } from "@/lib/services";

/**
 * The viewer of a page, for server components. Nobody signed in: the first-run screen on a
 * fresh install, else the sign-in page, which brings them back to `returnTo` afterwards.
 */
export async function requirePageViewer(returnTo: string): Promise<Viewer> {
  await ensureBooted();
  const app = services();
  const viewer = await optionalViewer({ headers: await headers() }, app);
  if (viewer) return viewer;
  if (await needsOwnerSetup(app.db)) redirect("/setup");
  redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
}
