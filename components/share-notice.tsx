"use client";

import { AlertIcon, CrossIcon } from "@/components/icons";
import type { ShareNoticeKind } from "@/lib/client/use-shared-files-on-arrival";
import { useI18n } from "@/lib/i18n/provider";

const messages = {
  unavailable: "share.unavailable",
  failed: "share.failed",
  empty: "share.empty",
  lost: "share.lost",
} as const satisfies Record<ShareNoticeKind, string>;

/** Why screenshots shared from another app did not arrive, and what to do (docs/pwa.md). */
export function ShareNotice({ kind, onDismiss }: { kind: ShareNoticeKind; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div
      role="status"
      data-testid="share-notice"
      data-kind={kind}
      className="flex items-start gap-3 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/25"
    >
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-amber-600 dark:text-amber-400" />
      <p className="flex-1">{t(messages[kind])}</p>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t("share.dismiss")}
        className="grid size-6 shrink-0 place-items-center rounded-md text-amber-700 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-amber-300 dark:hover:bg-amber-400/20"
      >
        <CrossIcon className="size-4" />
      </button>
    </div>
  );
}
