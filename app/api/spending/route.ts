import { route } from "@/lib/http/route";
import { listScope } from "@/lib/jobs/visible-job";
import { spendingQuerySchema } from "@/lib/spending/schema";
import { SPENDING_JOB_LIMIT, spendingOf } from "@/lib/spending/spending-of";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Spending over time from the viewer's results (`?period=week|month`, `?q=` as history's search). */
export const GET = route(async ({ request, services, viewer }) => {
  const query = spendingQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const snapshots = await services.store.list(SPENDING_JOB_LIMIT, query.q, listScope(viewer));
  return Response.json(spendingOf(snapshots, query.period), { headers: { "Cache-Control": "no-store" } });
});
