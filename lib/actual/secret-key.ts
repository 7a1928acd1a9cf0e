import { deriveSecretKey } from "@/lib/actual/secret-box";
import { authSecret } from "@/lib/auth/auth-secret";
import type { Env } from "@/lib/env";

/** The key stored secrets are sealed with, from SECRET_KEY or else AUTH_SECRET (docs/actual-budget.md). */
export function storedSecretKey(config: Pick<Env, "SECRET_KEY" | "AUTH_SECRET" | "DATA_DIR">): Buffer {
  return deriveSecretKey(config.SECRET_KEY, authSecret(config.AUTH_SECRET, config.DATA_DIR));
}
