import type { StepName } from "@/lib/events/schema";

/** Fixed so that amounts read the same for everyone: ¥1,280, $12.45, €3.50. */
const LOCALE = "en-US";

/**
 * An amount in its currency, e.g. `¥1,280` or `$12.45`. An unknown or missing currency code
 * gives the plain number, followed by the code when there is one.
 */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  const code = currency?.trim().toUpperCase();
  if (code && /^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat(LOCALE, { style: "currency", currency: code }).format(amount);
    } catch {
      // An unknown code: fall through to the plain number.
    }
  }
  const plain = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(amount);
  return code ? `${plain} ${code}` : plain;
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`… */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** `320 ms`, `1.2 s`, `14 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** `245 KB`, `1.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A 0–1 fraction as a whole percentage: `0.923` → `92%`. */
export function formatPercent(fraction: number): string {
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}

/** The waiting message for a queue position: `Waiting — 2nd in line`. */
export function queueMessage(position: number): string {
  return `Waiting — ${ordinal(position)} in line`;
}

/** Short names for the timeline. */
export const stepTitles: Record<StepName, string> = {
  check: "Check image",
  queue: "Queue",
  ocr: "Read text",
  extract: "Extract fields",
  verify: "Verify",
};

/** What a step is doing, for progress labels and announcements: `Reading text`. */
export const stepActivities: Record<StepName, string> = {
  check: "Checking the image",
  queue: "Waiting in the queue",
  ocr: "Reading text",
  extract: "Extracting fields",
  verify: "Verifying",
};

/**
 * A short name for why a model call is retried: `Rate limited` for a 429, `Model server
 * error` for a 5xx, otherwise the server's own reason (`The model stopped answering`).
 */
export function retryTitle(retry: { status?: number; reason: string }): string {
  if (retry.status === 429) return "Rate limited";
  if (retry.status !== undefined && retry.status >= 500) return `Model server error (${retry.status})`;
  const reason = retry.reason.trim().replace(/\.$/, "");
  return reason || "The model call failed";
}

/** Whole seconds left, rounded up, for a countdown: `3 s`. */
export function formatSecondsLeft(ms: number): string {
  return `${Math.max(0, Math.ceil(ms / 1000))} s`;
}

/** A wait as people say it: `500 ms`, `2 s`, `1.5 s`. */
export function formatWait(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}
