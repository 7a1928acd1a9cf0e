import { expect } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Drives every accounts model (better-auth's tables and the invitations) through a client, for
 * the SQLite and PostgreSQL migration tests alike: a migration that disagrees with the schema
 * fails here, and deleting a user takes their sessions, keys, passkeys and jobs with it.
 */
export async function exerciseAccountModels(prisma: PrismaClient): Promise<void> {
  const now = new Date();
  await prisma.user.create({
    data: {
      id: "u1",
      name: "Owner",
      email: "owner@example.com",
      role: "owner",
      sessions: { create: [{ id: "s1", token: "t1", expiresAt: now, ipAddress: "127.0.0.1", userAgent: "ua" }] },
      accounts: { create: [{ id: "a1", accountId: "u1", providerId: "credential", password: "hash" }] },
      passkeys: {
        create: [
          {
            id: "p1",
            publicKey: "pk",
            credentialID: "cred",
            counter: 0,
            deviceType: "singleDevice",
            backedUp: false,
            transports: "internal",
            createdAt: now,
          },
        ],
      },
      invitations: { create: [{ id: "i1", tokenHash: "h", expiresAt: now }] },
      jobs: {
        create: [
          {
            id: "owned",
            status: "queued",
            fileName: "a.png",
            mimeType: "image/png",
            width: 1,
            height: 1,
            byteSize: 1,
            imageKey: "k",
            extractor: "local",
          },
        ],
      },
    },
  });
  await prisma.apikey.create({
    data: { id: "k1", referenceId: "u1", key: "hashed", start: "sk_abc", createdAt: now, updatedAt: now },
  });
  await prisma.verification.create({ data: { id: "v1", identifier: "passkey", value: "{}", expiresAt: now } });
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: "owner@example.com" },
    include: { sessions: true, accounts: true, passkeys: true, invitations: true, jobs: true },
  });
  expect(user.emailVerified).toBe(false);
  expect([user.sessions.length, user.accounts.length, user.passkeys.length, user.invitations.length]).toEqual([
    1, 1, 1, 1,
  ]);
  expect(user.jobs[0]?.userId).toBe("u1");
  expect((await prisma.apikey.findUniqueOrThrow({ where: { id: "k1" } })).enabled).toBe(true);
  await prisma.user.delete({ where: { id: "u1" } });
  expect(await prisma.session.count()).toBe(0);
  expect(await prisma.passkey.count()).toBe(0);
  expect(await prisma.job.count({ where: { id: "owned" } })).toBe(0);
}
