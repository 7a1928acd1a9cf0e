import { actualTestInputSchema } from "@/lib/actual/schema";
import { testActualConnection } from "@/lib/actual/test-actual-connection";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Signs in to Actual with the typed (or stored) settings and lists the server's budgets. */
export const POST = route(async ({ request, services, viewer }) => {
  const typed = actualTestInputSchema.parse(await readJsonBody(request));
  const result = await testActualConnection({ db: services.db, viewer, typed });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
