import { createdInvitationSchema, invitationListSchema } from "@/lib/auth/invitation-schema";
import { createInvitation, listInvitations } from "@/lib/auth/invitations";
import { requireOwner } from "@/lib/auth/require-owner";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The owner's invitations, newest first (used ones too, as a record). */
export const GET = route(async ({ services, viewer }) => {
  requireOwner(viewer);
  return Response.json(invitationListSchema.parse({ invitations: await listInvitations(services.db) }), {
    headers: { "Cache-Control": "no-store" },
  });
});

/** A new single-use invitation; its link (with the token) is in this answer only. */
export const POST = route(async ({ request, services, viewer }) => {
  const owner = requireOwner(viewer);
  const invitation = await createInvitation(services.db, owner.id);
  const url = new URL(`/invite/${invitation.token}`, request.url);
  return Response.json(createdInvitationSchema.parse({ ...invitation, path: url.pathname }), {
    status: 201,
    headers: { "Cache-Control": "no-store" },
  });
});
