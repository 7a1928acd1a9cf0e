import type { AppError } from "@/lib/errors";

/**
 * Races `work` against a timer. The timer is cleared on every exit path, so a finished task
 * leaves nothing behind that keeps the process awake.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => AppError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
