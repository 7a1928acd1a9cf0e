import { announceAuthMode } from "@/lib/auth/announce-auth-mode";
import { env } from "@/lib/env";
import { startOrphanSweep } from "@/lib/images/orphan-sweep";
import { startRetention } from "@/lib/jobs/retention";
import { services } from "@/lib/services";

const globalForBoot = globalThis as unknown as { sukushoBoot?: Promise<void> };

/**
 * Runs once per process, from instrumentation at start-up (and, as a fallback, before the
 * first request): validates the configuration, warms the OCR workers, and settles jobs a
 * previous process left unfinished.
 */
export function ensureBooted(): Promise<void> {
  globalForBoot.sukushoBoot ??= boot();
  return globalForBoot.sukushoBoot;
}

async function boot(): Promise<void> {
  const config = env();
  const app = services();
  await announceAuthMode(app.db, config);
  // Warm in the background: the first job should not pay for loading the models, but a
  // missing language file must not stop the server from answering (the job reports it).
  app.ocr.start().catch((error) => console.error("[sukusho] OCR is not available:", error.message));
  await app.pgBus?.start();
  await app.queue.start({ workers: env().RUN_WORKERS });
  if (env().RUN_WORKERS) {
    startRetention(app);
    startOrphanSweep(app.images, (keys) => app.store.heldImageKeys(keys));
  }
}
