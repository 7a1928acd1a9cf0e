import { ensureTokenOwner } from "@/lib/auth/owner";
import type { Env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * At start-up: open mode is said loudly (it is never the default), and a server given
 * SUKUSHO_API_TOKEN has its owner before the first script calls it.
 */
export async function announceAuthMode(db: PrismaClient, config: Env): Promise<void> {
  if (config.AUTH === "none") {
    console.warn(
      "[sukusho] WARNING: AUTH=none — no sign-in. Anyone who can reach this server can read, change and delete every screenshot and result. Use it only on a trusted single-user machine.",
    );
    return;
  }
  if (config.SUKUSHO_API_TOKEN) {
    const owner = await ensureTokenOwner(db, config.SUKUSHO_OWNER_EMAIL);
    console.log(`[sukusho] SUKUSHO_API_TOKEN is accepted as the owner's key (${owner.email}).`);
  }
}
