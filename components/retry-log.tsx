"use client";

import { RefreshIcon } from "@/components/icons";
import { formatSecondsLeft, formatWait, retryTitle } from "@/lib/client/format";
import type { RetryView } from "@/lib/client/job-view";
import { useCountdown } from "@/lib/client/use-countdown";
import { useI18n, useT } from "@/lib/i18n/provider";

/**
 * The model calls retried during extraction: the one waiting now with a countdown
 * ("Rate limited — retrying in 2 s (attempt 2 of 4)"), earlier ones as a quiet log that stays
 * under the step once it is over.
 */
export function RetryLog({ retries, chunks }: { retries: readonly RetryView[]; chunks: number }) {
  const t = useT();
  if (retries.length === 0) return null;
  return (
    <ul aria-label={t("retry.label")} className="mt-1.5 space-y-1">
      {retries.map((retry) => (
        <RetryNotice key={retry.id} retry={retry} chunks={chunks} />
      ))}
    </ul>
  );
}

function RetryNotice({ retry, chunks }: { retry: RetryView; chunks: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const left = useCountdown(retry.waitMs, !retry.settled);
  const title = retryTitle(retry, i18n);
  const attempt = t("retry.attempt", { attempt: retry.attempt, max: retry.maxAttempts });
  const part = chunks > 1 ? t("retry.part", { part: retry.chunk + 1, parts: chunks }) : "";
  const detail = retry.reason !== title ? retry.reason : undefined;

  if (retry.settled) {
    return (
      <li
        data-testid="retry-notice"
        data-settled="true"
        title={detail}
        className="flex items-start gap-1.5 text-xs text-slate-500 dark:text-slate-400"
      >
        <RefreshIcon className="mt-0.5 size-3 shrink-0" />
        <span>
          {t("retry.retriedAfter", { title, wait: formatWait(retry.waitMs, i18n) })} {attempt}
          {part}
        </span>
      </li>
    );
  }
  return (
    <li
      data-testid="retry-notice"
      data-settled="false"
      className="flex items-start gap-2 rounded-lg bg-amber-50 px-2 py-1 text-xs text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/25"
    >
      <RefreshIcon className="mt-0.5 size-3.5 shrink-0 animate-spin [animation-duration:2s]" />
      <span>
        <span className="font-medium">
          {title} —{" "}
          {left > 0 ? (
            <span className="tabular-nums">{t("retry.retryingIn", { left: formatSecondsLeft(left, i18n) })}</span>
          ) : (
            t("retry.retryingNow")
          )}
        </span>{" "}
        {attempt}
        {part}
        {detail && <span className="block text-amber-800/80 dark:text-amber-200/70">{detail}</span>}
      </span>
    </li>
  );
}
