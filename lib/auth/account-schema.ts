import { z } from "zod";
import { newAccountSchema } from "@/lib/auth/account-input";
import type { SignedInUser } from "@/lib/auth/viewer";

/**
 * What the account routes answer, as zod schemas: the handlers build their bodies through them
 * and the OpenAPI document (lib/openapi) is generated from them, so the two cannot drift.
 */

/** A signed-in person as the API shows them. */
export const signedInUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** The owner set the server up and invites people; members have their own jobs only. */
  role: z.enum(["owner", "member"]),
});

/** `GET /api/account`: who is asking, and how they proved it; nobody in open mode (AUTH=none). */
export const accountSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("open"), user: z.null() }),
  z.object({
    mode: z.literal("accounts"),
    user: signedInUserSchema,
    /** A session cookie, a user's API key, or the server's SUKUSHO_API_TOKEN. */
    via: z.enum(["session", "api_key", "server_token"]),
  }),
]);

/** `GET /api/account/setup`: whether the first-run screen should show. */
export const setupStatusSchema = z.object({
  mode: z.enum(["accounts", "none"]),
  /** True while a server with accounts has nobody who can sign in. */
  needsOwner: z.boolean(),
});

/** The answer of a request that made an account and signed it in (the cookie is in `Set-Cookie`). */
export const signedInSchema = z.object({ userId: z.string() });

/** `POST /api/invitations/accept`: the link's token and the new account. */
export const acceptInvitationInputSchema = newAccountSchema.extend({ token: z.string().min(16).max(200) });

export type Account = z.infer<typeof accountSchema>;
export type SetupStatus = z.infer<typeof setupStatusSchema>;
export type SignedIn = z.infer<typeof signedInSchema>;

// Compile-time: the API's user is the routes' own SignedInUser.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const userMatches: Same<z.infer<typeof signedInUserSchema>, SignedInUser> = true;
void userMatches;
