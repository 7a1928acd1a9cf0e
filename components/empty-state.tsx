import { useT } from "@/lib/i18n/provider";

/** What the job list says before the first screenshot. */
export function EmptyState() {
  const t = useT();
  return (
    <div className="rounded-2xl border border-slate-200 bg-white/60 px-6 py-10 text-center dark:border-slate-800 dark:bg-slate-900/40">
      <p className="font-medium text-slate-800 dark:text-slate-200">{t("empty.title")}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("empty.body")}</p>
    </div>
  );
}
