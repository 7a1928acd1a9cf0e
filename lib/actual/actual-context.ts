import type { ActualSessionOptions } from "@/lib/actual/actual-session";
import { type ActualConnection, actualConnection } from "@/lib/actual/actual-settings";
import { actualOwnerKey } from "@/lib/actual/owner-key";
import { storedSecretKey } from "@/lib/actual/secret-key";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The viewer's stored connection, as session options for lib/actual/actual-session.ts. */
export async function viewerActualSession(
  db: PrismaClient,
  viewer: Viewer,
): Promise<{ connection: ActualConnection; session: ActualSessionOptions }> {
  const config = env();
  const ownerKey = actualOwnerKey(viewer);
  const connection = await actualConnection(db, ownerKey, storedSecretKey(config));
  return { connection, session: sessionOptions(connection, ownerKey) };
}

export function sessionOptions(
  connection: Pick<ActualConnection, "serverUrl" | "password" | "syncId">,
  ownerKey: string,
): ActualSessionOptions {
  const config = env();
  return {
    serverUrl: connection.serverUrl,
    password: connection.password,
    syncId: connection.syncId,
    ownerKey,
    dataDir: config.DATA_DIR,
    timeoutMs: config.ACTUAL_TIMEOUT_MS,
  };
}
