import type { ImageStore } from "@/lib/images/image-store";

/**
 * Files younger than this are left alone: an upload is written before its job row, and with a
 * shared image volume another instance may be between the two right now.
 */
export const ORPHAN_MIN_AGE_MS = 60 * 60_000;

/** Keys asked about per query (SQLite and PostgreSQL both take this many parameters easily). */
const KEYS_PER_QUERY = 500;

export interface OrphanSweepOptions {
  images: ImageStore;
  /** Which of the keys a job still holds. */
  heldKeys: (keys: string[]) => Promise<Set<string>>;
  now?: number;
  minAgeMs?: number;
}

/**
 * Removes image files no job holds: an upload whose job row was never written (a crash or a
 * database error between the two), an upload a crash left behind after its clean PNG was
 * stored, a temporary file from a write cut short. An upload as received may carry the
 * phone's GPS position in its EXIF, so leaving one on disk is a privacy leak, not only waste.
 * Returns how many files it removed.
 */
export async function sweepOrphanImages(options: OrphanSweepOptions): Promise<number> {
  const cutoff = (options.now ?? Date.now()) - (options.minAgeMs ?? ORPHAN_MIN_AGE_MS);
  const old = (await options.images.storedFiles()).filter((file) => file.modifiedMs < cutoff);
  let removed = 0;
  for (let start = 0; start < old.length; start += KEYS_PER_QUERY) {
    const batch = old.slice(start, start + KEYS_PER_QUERY);
    const keys = batch.flatMap((file) => (file.key === null ? [] : [file.key]));
    const held = keys.length > 0 ? await options.heldKeys(keys) : new Set<string>();
    for (const file of batch) {
      if (file.key !== null && held.has(file.key)) continue;
      await options.images.removeStoredFile(file);
      removed++;
    }
  }
  return removed;
}

/** How often a long-running process sweeps again. */
const SWEEP_EVERY_MS = 6 * 60 * 60_000;

const globalForSweep = globalThis as unknown as { sukushoOrphanSweep?: NodeJS.Timeout };

/**
 * Sweeps at start-up and then every few hours, in every process that runs jobs. A job a crash
 * left unfinished still holds its upload (its row names it), so the sweep never takes the
 * bytes its recovered check step is about to read.
 */
export function startOrphanSweep(images: ImageStore, heldKeys: (keys: string[]) => Promise<Set<string>>): void {
  if (globalForSweep.sukushoOrphanSweep) return;
  const sweep = () =>
    sweepOrphanImages({ images, heldKeys })
      .then((removed) => removed > 0 && console.log(`[sukusho] removed ${removed} image file(s) no job holds`))
      .catch((error) => console.error("[sukusho] image sweep failed:", error));
  void sweep();
  globalForSweep.sukushoOrphanSweep = setInterval(sweep, SWEEP_EVERY_MS);
  // The sweep never keeps a process alive on its own.
  globalForSweep.sukushoOrphanSweep.unref();
}
