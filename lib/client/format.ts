import type { StepName } from "@/lib/events/schema";
import { type Translator, translator } from "@/lib/i18n";
import { formatMoney as formatMoneyIn, formatNumber } from "@/lib/i18n/format";

/** English unless a translator says otherwise: the pure helpers below default to it. */
const english = translator("en");

/**
 * An amount in its currency, e.g. `¥1,280` or `$12.45`. An unknown or missing currency code
 * gives the plain number, followed by the code when there is one.
 */
export function formatMoney(amount: number, currency: string | null | undefined, tr: Translator = english): string {
  return formatMoneyIn(amount, currency, tr.locale);
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

/** `320 ms`, `1.2 s`, `14 s`, `2 min 5 s` (`1.2秒`, `2分5秒` in Japanese). */
export function formatDuration(ms: number, tr: Translator = english): string {
  const { t } = tr;
  if (ms < 1000) return t("duration.ms", { value: Math.round(ms) });
  if (ms < 10_000) return t("duration.s", { value: (ms / 1000).toFixed(1) });
  if (ms < 60_000) return t("duration.s", { value: Math.round(ms / 1000) });
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds === 0 ? t("duration.min", { minutes }) : t("duration.minS", { minutes, seconds });
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

/** The waiting message for a queue position: `Waiting — 2nd in line`, `順番待ち — 2番目`. */
export function queueMessage(position: number, tr: Translator = english): string {
  return tr.t("queue.waiting", { ordinal: ordinal(position), position: formatNumber(position, tr.locale) });
}

/** A step's short name for the timeline: `Read text`. */
export function stepTitle(step: StepName, tr: Translator = english): string {
  return tr.t(`step.${step}`);
}

/** What a step is doing, for progress labels and announcements: `Reading text`. */
export function stepActivity(step: StepName, tr: Translator = english): string {
  return tr.t(`activity.${step}`);
}

/**
 * A short name for why a model call is retried: `Rate limited` for a 429, `Model server
 * error` for a 5xx, otherwise the server's own reason (`The model stopped answering`).
 */
export function retryTitle(retry: { status?: number; reason: string }, tr: Translator = english): string {
  if (retry.status === 429) return tr.t("retry.rateLimited");
  if (retry.status !== undefined && retry.status >= 500) return tr.t("retry.serverError", { status: retry.status });
  const reason = retry.reason.trim().replace(/\.$/, "");
  return reason || tr.t("retry.failed");
}

/** Whole seconds left, rounded up, for a countdown: `3 s`. */
export function formatSecondsLeft(ms: number, tr: Translator = english): string {
  return tr.t("duration.s", { value: Math.max(0, Math.ceil(ms / 1000)) });
}

/** A wait as people say it: `500 ms`, `2 s`, `1.5 s`. */
export function formatWait(ms: number, tr: Translator = english): string {
  if (ms < 1000) return tr.t("duration.ms", { value: Math.round(ms) });
  return tr.t("duration.s", { value: Number((ms / 1000).toFixed(1)) });
}
