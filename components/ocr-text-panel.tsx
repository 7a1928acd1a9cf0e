"use client";

import { useEffect, useState } from "react";
import { ChevronIcon } from "@/components/icons";
import type { OcrRegionView } from "@/lib/client/job-view";
import { useI18n } from "@/lib/i18n/provider";

/**
 * The text OCR read, region by region as each strip finishes, in a scrollable monospace box.
 * Open while the job runs; folds away once the job is done (the reader can open it again).
 */
export function OcrTextPanel({
  regions,
  count,
  reading,
  done,
}: {
  regions: Record<number, OcrRegionView>;
  count: number | null;
  /** Whether the OCR step is running now. */
  reading: boolean;
  /** Whether the job has finished: the panel then starts folded. */
  done: boolean;
}) {
  const { t, tn } = useI18n();
  const [open, setOpen] = useState(!done);
  useEffect(() => {
    if (done) setOpen(false);
  }, [done]);

  const list = Object.values(regions).sort((a, b) => a.index - b.index);
  const received = list.length;

  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="group rounded-xl border border-slate-200 bg-slate-50/70 dark:border-slate-800 dark:bg-slate-950/40"
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-xl px-3 py-2 text-sm font-medium text-slate-800 select-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:text-slate-200 dark:hover:bg-slate-800/60 [&::-webkit-details-marker]:hidden">
        <ChevronIcon className="size-4 text-slate-500 transition-transform group-open:rotate-90" />
        {t("ocr.title")}
        <span className="ml-auto text-xs font-normal tabular-nums text-slate-500 dark:text-slate-400">
          {count !== null ? tn("ocr.regions", count, { received }) : reading ? t("ocr.reading") : ""}
        </span>
      </summary>
      <section
        data-testid="ocr-text"
        className="max-h-60 overflow-auto border-t border-slate-200 px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre-wrap text-slate-800 dark:border-slate-800 dark:text-slate-200"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll by keyboard
        tabIndex={0}
        aria-label={t("ocr.title")}
      >
        {list.length === 0 && (
          <p className="font-sans text-slate-500 italic dark:text-slate-400">
            {reading ? t("ocr.readingScreenshot") : t("ocr.noText")}
          </p>
        )}
        {list.map((region) => (
          <div
            key={region.index}
            className="border-slate-200 not-first:mt-2 not-first:border-t not-first:pt-2 dark:border-slate-800"
          >
            {region.text.trim() || <span className="font-sans text-slate-400 italic">{t("ocr.emptyStrip")}</span>}
          </div>
        ))}
      </section>
    </details>
  );
}
