"use client";

import { UnlockIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";

/**
 * Shown on every page in open mode (AUTH=none): nobody signs in, so whoever reaches the server
 * sees, changes and deletes everything. It must never look like a normal, protected server.
 */
export function OpenModeBanner() {
  const t = useT();
  return (
    <div
      role="status"
      data-testid="open-mode-banner"
      className="mt-4 flex items-start gap-3 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-inset ring-amber-300 dark:bg-amber-500/10 dark:text-amber-100 dark:ring-amber-400/30"
    >
      <UnlockIcon className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-300" />
      <p>
        <strong className="font-semibold">{t("openMode.banner")}</strong>{" "}
        <span className="text-amber-800 dark:text-amber-200/80">{t("openMode.hint")}</span>
      </p>
    </div>
  );
}
