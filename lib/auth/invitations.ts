import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { NewAccount } from "@/lib/auth/account-input";
import { fromBetterAuthError } from "@/lib/auth/better-auth-error";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Services } from "@/lib/services";

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface InvitationView {
  id: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

const toView = (row: { id: string; createdAt: Date; expiresAt: Date; usedAt: Date | null }): InvitationView => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  usedAt: row.usedAt?.toISOString() ?? null,
});

/**
 * A single-use link for one more account. Only the token's digest is stored: the link is shown
 * to the owner once, and a copy of the database lets nobody in.
 */
export async function createInvitation(db: PrismaClient, ownerId: string, now = new Date()) {
  const token = randomBytes(24).toString("base64url");
  const row = await db.invitation.create({
    data: {
      id: randomUUID(),
      tokenHash: hashToken(token),
      createdById: ownerId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    },
  });
  return { ...toView(row), token };
}

export async function listInvitations(db: PrismaClient): Promise<InvitationView[]> {
  const rows = await db.invitation.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map(toView);
}

/** Withdraws an unused invitation; a used one stays as a record of who came in. */
export async function revokeInvitation(db: PrismaClient, id: string): Promise<void> {
  const { count } = await db.invitation.deleteMany({ where: { id, usedAt: null } });
  if (count === 0) throw new AppError("invitation_not_found", "There is no unused invitation with this id.", 404);
}

/** Whether a link can still be used, for the page that opens it. */
export async function invitationIsOpen(db: PrismaClient, token: string, now = new Date()): Promise<boolean> {
  const row = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(row && row.usedAt === null && row.expiresAt > now);
}

const closedInvitation = () =>
  new AppError(
    "invitation_invalid",
    "This invitation link does not work: it was used, withdrawn or has expired. Ask the owner for a new one.",
    410,
  );

/**
 * Creates the invited account and signs it in. The invitation is claimed first in one update
 * (two people racing with one link: one gets it) and released again if the account could not
 * be made (say, the e-mail is taken), so a typo does not burn the link.
 */
export async function acceptInvitation(
  services: Pick<Services, "auth" | "db">,
  token: string,
  input: NewAccount,
  headers: Headers,
  now = new Date(),
) {
  const { db, auth } = services;
  const tokenHash = hashToken(token);
  const claimed = await db.invitation.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw closedInvitation();
  try {
    const signedUp = await auth.api.signUpEmail({ body: input, headers, returnHeaders: true });
    return { userId: signedUp.response.user.id, cookies: signedUp.headers.getSetCookie() };
  } catch (error) {
    await db.invitation.updateMany({ where: { tokenHash }, data: { usedAt: null } });
    throw fromBetterAuthError(error);
  }
}
