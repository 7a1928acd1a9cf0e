import { RefreshIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";

/** Tells that the server restarted and the job runs again from its stored image. */
export function ResumedNotice({ reason, attempt }: { reason: string; attempt: number }) {
  const t = useT();
  return (
    <p className="flex items-start gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-inset ring-sky-200 dark:bg-sky-400/10 dark:text-sky-100 dark:ring-sky-400/25">
      <RefreshIcon className="mt-0.5 size-4 shrink-0" />
      <span>
        {reason} <span className="text-sky-800/80 dark:text-sky-200/70">{t("resumed.attempt", { attempt })}</span>
      </span>
    </p>
  );
}
