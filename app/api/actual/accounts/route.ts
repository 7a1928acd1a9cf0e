import { listActualAccounts } from "@/lib/actual/list-actual-accounts";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The open accounts of the chosen budget, for the send picker. */
export const GET = route(async ({ services, viewer }) =>
  Response.json(await listActualAccounts(services.db, viewer), { headers: { "Cache-Control": "no-store" } }),
);
