"use client";

import { RefreshIcon } from "@/components/icons";
import type { RateLimitWait } from "@/lib/client/rate-limit-retry";
import { useCountdown } from "@/lib/client/use-countdown";
import { useT } from "@/lib/i18n/provider";

/**
 * "Too many uploads — retrying in 12 s": the server refused an upload for now (429) and the
 * page sends it again by itself when the wait is over. Keyed by the wait, so each new wait
 * restarts the countdown.
 */
export function RateLimitNotice({ wait }: { wait: RateLimitWait }) {
  const t = useT();
  const left = useCountdown(Math.max(0, wait.until - Date.now()));
  return (
    <p
      role="status"
      data-testid="rate-limit-notice"
      className="flex items-center gap-2 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-500/10 dark:text-amber-100 dark:ring-amber-400/25"
    >
      <RefreshIcon className="size-4 shrink-0" />
      {t("upload.rateLimited", { seconds: Math.ceil(left / 1000) })}
    </p>
  );
}
