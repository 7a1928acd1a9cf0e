import { useT } from "@/lib/i18n/provider";
import type { JobStatus } from "@/lib/jobs/schema";

const styles: Record<JobStatus, { badge: string; dot: string }> = {
  queued: {
    badge: "bg-slate-100 text-slate-700 ring-slate-300/70 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
    dot: "bg-slate-400",
  },
  running: {
    badge:
      "bg-indigo-50 text-indigo-700 ring-indigo-200 dark:bg-indigo-500/15 dark:text-indigo-200 dark:ring-indigo-400/30",
    dot: "bg-indigo-500 animate-pulse",
  },
  succeeded: {
    badge:
      "bg-emerald-50 text-emerald-700 ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-400/30",
    dot: "bg-emerald-500",
  },
  failed: {
    badge: "bg-rose-50 text-rose-700 ring-rose-200 dark:bg-rose-500/15 dark:text-rose-200 dark:ring-rose-400/30",
    dot: "bg-rose-500",
  },
};

/** A job's status as a small coloured pill. */
export function StatusBadge({ status }: { status: JobStatus }) {
  const t = useT();
  const style = styles[status];
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${style.badge}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
      <span>
        <span className="sr-only">{t("status.label")} </span>
        {t(`status.${status}`)}
      </span>
    </span>
  );
}
