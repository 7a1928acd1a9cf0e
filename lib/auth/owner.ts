import { randomUUID } from "node:crypto";
import { type SignedInUser, toSignedInUser } from "@/lib/auth/viewer";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The owner, if there is one yet. */
export async function findOwner(db: PrismaClient): Promise<SignedInUser | null> {
  const owner = await db.user.findFirst({ where: { role: "owner" }, orderBy: { createdAt: "asc" } });
  return owner ? toSignedInUser(owner) : null;
}

/**
 * Whether the first-run screen is due: nobody can sign in yet (no password, no passkey). An
 * owner made by SUKUSHO_API_TOKEN has neither until they set a password there.
 */
export async function needsOwnerSetup(db: PrismaClient): Promise<boolean> {
  const credentials = await db.account.count({ where: { providerId: "credential" } });
  if (credentials > 0) return false;
  return (await db.passkey.count()) === 0;
}

/**
 * Jobs uploaded before accounts existed (or in open mode) belong to nobody; the owner adopts
 * them, so turning accounts on never hides a household's history from it.
 */
export async function adoptUnownedJobs(db: PrismaClient, ownerId: string): Promise<number> {
  const { count } = await db.job.updateMany({ where: { userId: null }, data: { userId: ownerId } });
  return count;
}

const globalForOwner = globalThis as unknown as { sukushoTokenOwner?: Promise<SignedInUser> };

/**
 * The account SUKUSHO_API_TOKEN acts as: the owner, created (without a password; the first-run
 * screen sets one) when the server has none yet. Looked up once per process.
 */
export function ensureTokenOwner(db: PrismaClient, email: string): Promise<SignedInUser> {
  globalForOwner.sukushoTokenOwner ??= (async () => {
    const existing = await findOwner(db);
    if (existing) return existing;
    try {
      const created = await db.user.create({ data: { id: randomUUID(), name: "Owner", email, role: "owner" } });
      await adoptUnownedJobs(db, created.id);
      return toSignedInUser(created);
    } catch (error) {
      // Another instance created it at the same moment: theirs is the owner.
      const raced = await findOwner(db);
      if (raced) return raced;
      throw error;
    }
  })().catch((error) => {
    globalForOwner.sukushoTokenOwner = undefined;
    throw error;
  });
  return globalForOwner.sukushoTokenOwner;
}
