import { route } from "@/lib/http/route";
import { mergeDuplicate } from "@/lib/jobs/duplicates-resolve";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Merges a duplicate into its original (the user's corrections and acceptance carried over) and
 * deletes the duplicate. Answers the original.
 */
export const POST = route<{ id: string }>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const original = await mergeDuplicate(services, params.id);
  return Response.json(original, { headers: { "Cache-Control": "no-store" } });
});
