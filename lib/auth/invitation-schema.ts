import { z } from "zod";
import type { InvitationView } from "@/lib/auth/invitations";

/**
 * The invitation routes' answers as zod schemas, used by the handlers and by the OpenAPI
 * document (lib/openapi), so the two cannot drift.
 */

/** An ISO 8601 timestamp (`toISOString()`). */
const timestamp = z.string().meta({ format: "date-time" });

/** One invitation as the owner sees it: never its token, which only the creating answer shows. */
export const invitationSchema = z.object({
  id: z.string(),
  createdAt: timestamp,
  /** The link stops working then. */
  expiresAt: timestamp,
  /** When someone made their account with it; null while it is open. */
  usedAt: timestamp.nullable(),
});

/** `GET /api/invitations`: newest first, used ones too. */
export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

/** `POST /api/invitations`: the new invitation with its secret token and the page's path. */
export const createdInvitationSchema = invitationSchema.extend({
  /** The single-use secret; only its digest is stored, so this answer is the only place it appears. */
  token: z.string(),
  /** The invitation page (`/invite/<token>`), to join to the server's public origin. */
  path: z.string(),
});

// Compile-time: the schema and lib/auth/invitations.ts's view describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const viewMatches: Same<z.infer<typeof invitationSchema>, InvitationView> = true;
void viewMatches;
