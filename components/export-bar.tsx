"use client";

import { ActualSendButton } from "@/components/actual-send-button";
import { CrossIcon, DownloadIcon } from "@/components/icons";
import { exportJobsUrl } from "@/lib/client/api";
import { useI18n } from "@/lib/i18n/provider";

const linkClass =
  "inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400";

/**
 * The jobs selected on the page, exported together: one CSV, JSON, OFX or QIF file with all of
 * them (corrections applied; OFX and QIF for budgeting programs). Floats at the bottom of the screen while anything is selected.
 */
export function ExportBar({ ids, onClear }: { ids: readonly string[]; onClear: () => void }) {
  const { t, tn } = useI18n();
  if (ids.length === 0) return null;
  return (
    <section
      data-testid="export-bar"
      aria-label={t("export.label")}
      className="sticky bottom-4 z-20 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-2xl bg-slate-900/95 px-4 py-3 text-white shadow-xl shadow-slate-900/25 ring-1 ring-white/10 backdrop-blur transition-[opacity,translate] duration-200 starting:translate-y-3 starting:opacity-0 sm:bottom-6 dark:bg-slate-800/95"
    >
      <span aria-live="polite" className="text-sm font-medium tabular-nums">
        {tn("export.selected", ids.length)}
      </span>
      <span className="ml-auto flex flex-wrap items-center justify-end gap-2">
        <a
          data-testid="export-selected-csv"
          href={exportJobsUrl(ids, "csv")}
          download
          aria-label={t("export.csv")}
          className={`${linkClass} bg-indigo-500 text-white hover:bg-indigo-400`}
        >
          <DownloadIcon className="size-4" />
          <span className="sm:hidden">CSV</span>
          <span className="max-sm:hidden">{t("export.csv")}</span>
        </a>
        <a
          data-testid="export-selected-json"
          href={exportJobsUrl(ids, "json")}
          download
          aria-label={t("export.json")}
          className={`${linkClass} bg-white/10 text-white hover:bg-white/20`}
        >
          <DownloadIcon className="size-4" />
          <span className="sm:hidden">JSON</span>
          <span className="max-sm:hidden">{t("export.json")}</span>
        </a>
        {(["ofx", "qif"] as const).map((format) => (
          <a
            key={format}
            data-testid={`export-selected-${format}`}
            href={exportJobsUrl(ids, format)}
            download
            aria-label={t(`export.${format}`)}
            title={t(`export.${format}`)}
            className={`${linkClass} bg-white/10 text-white uppercase hover:bg-white/20`}
          >
            {format}
          </a>
        ))}
        <ActualSendButton ids={ids} />
        <button
          type="button"
          onClick={onClear}
          aria-label={t("export.clear")}
          title={t("export.clear")}
          className="grid size-8 place-items-center rounded-lg text-slate-300 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-indigo-400"
        >
          <CrossIcon className="size-4" />
        </button>
      </span>
    </section>
  );
}
