import type { Invitation } from "@/lib/client/account-requests";

/** Where an invitation stands, and the moment that says so (its use, its expiry). */
export type InvitationState =
  | { state: "used"; at: string }
  | { state: "expired"; at: string }
  | { state: "open"; until: string };

export function invitationState(invitation: Invitation, now: Date = new Date()): InvitationState {
  if (invitation.usedAt) return { state: "used", at: invitation.usedAt };
  if (new Date(invitation.expiresAt) <= now) return { state: "expired", at: invitation.expiresAt };
  return { state: "open", until: invitation.expiresAt };
}
