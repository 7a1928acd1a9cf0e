import { actualNotConfigured } from "@/lib/actual/actual-error";
import type { ActualSettings, ActualSettingsInput } from "@/lib/actual/schema";
import { openSecret, sealSecret } from "@/lib/actual/secret-box";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** What a send needs: the password opened, the budget chosen. */
export interface ActualConnection {
  serverUrl: string;
  password: string;
  syncId: string | null;
  accountId: string | null;
}

const EMPTY: ActualSettings = { serverUrl: null, passwordSet: false, syncId: null, accountId: null };

/** The settings as the page sees them: whether a password is stored, never the password. */
export async function readActualSettings(db: PrismaClient, ownerKey: string): Promise<ActualSettings> {
  const row = await db.actualBudgetSettings.findUnique({ where: { ownerKey } });
  if (!row) return EMPTY;
  return {
    serverUrl: row.serverUrl,
    passwordSet: row.passwordEncrypted !== null,
    syncId: row.syncId,
    accountId: row.accountId,
  };
}

/** Stores the settings; an empty or missing password keeps the stored one. */
export async function saveActualSettings(
  db: PrismaClient,
  ownerKey: string,
  input: ActualSettingsInput,
  key: Buffer,
): Promise<ActualSettings> {
  const sealed = input.password ? sealSecret(input.password, key) : undefined;
  const syncId = input.syncId === undefined ? undefined : input.syncId || null;
  await db.actualBudgetSettings.upsert({
    where: { ownerKey },
    create: { ownerKey, serverUrl: input.serverUrl, passwordEncrypted: sealed ?? null, syncId: syncId ?? null },
    update: {
      serverUrl: input.serverUrl,
      ...(sealed ? { passwordEncrypted: sealed } : {}),
      ...(syncId !== undefined ? { syncId } : {}),
    },
  });
  return readActualSettings(db, ownerKey);
}

/** Forgets the connection, password included. */
export async function deleteActualSettings(db: PrismaClient, ownerKey: string): Promise<void> {
  await db.actualBudgetSettings.deleteMany({ where: { ownerKey } });
}

/** The stored connection with its password opened; none stored is a 400 saying what to set. */
export async function actualConnection(db: PrismaClient, ownerKey: string, key: Buffer): Promise<ActualConnection> {
  const row = await db.actualBudgetSettings.findUnique({ where: { ownerKey } });
  if (!row?.passwordEncrypted) throw actualNotConfigured();
  return {
    serverUrl: row.serverUrl,
    password: openSecret(row.passwordEncrypted, key),
    syncId: row.syncId,
    accountId: row.accountId,
  };
}

/** Remembers the account last sent to, preselected next time. */
export async function rememberActualAccount(db: PrismaClient, ownerKey: string, accountId: string): Promise<void> {
  await db.actualBudgetSettings.updateMany({ where: { ownerKey }, data: { accountId } });
}
