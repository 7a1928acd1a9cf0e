import { revokeInvitation } from "@/lib/auth/invitations";
import { requireOwner } from "@/lib/auth/require-owner";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Withdraws an unused invitation. */
export const DELETE = route<{ id: string }>(async ({ params, services, viewer }) => {
  requireOwner(viewer);
  await revokeInvitation(services.db, params.id);
  return new Response(null, { status: 204 });
});
