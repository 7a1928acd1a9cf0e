import { actualSendInputSchema } from "@/lib/actual/schema";
import { sendJobsToActual } from "@/lib/actual/send-jobs-to-actual";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sends accepted results to an account of the viewer's Actual budget; each transaction once. */
export const POST = route(async ({ request, services, viewer }) => {
  const { jobIds, accountId } = actualSendInputSchema.parse(await readJsonBody(request));
  const result = await sendJobsToActual({ services, viewer, jobIds, accountId });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
