import { RefreshIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";

/** Shown while the live connection is lost and being restored. */
export function ConnectionNotice() {
  const t = useT();
  return (
    <p
      role="status"
      data-testid="connection-notice"
      className="flex items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/25"
    >
      <RefreshIcon className="size-4 shrink-0 animate-spin [animation-duration:2s]" />
      {t("connection.lost")}
    </p>
  );
}
