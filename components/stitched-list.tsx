"use client";

import { useCallback, useEffect, useState } from "react";
import { ScreenshotView } from "@/components/screenshot-view";
import { StitchedRowsTable } from "@/components/stitched-rows-table";
import { errorText } from "@/lib/client/api";
import { useResultsChanged } from "@/lib/client/results-changed";
import { useI18n } from "@/lib/i18n/provider";
import type { StitchedList as List } from "@/lib/stitch/schema";
import { fetchStitchedList, stitchedListExportUrl } from "@/lib/stitch/stitched-list-client";

/** How often an unfinished list is asked for again: its pages finish one by one. */
const POLL_MS = 1500;

const FORMATS = ["csv", "json", "ofx", "qif"] as const;

/**
 * The screenshots of one scrolled list as one list: the merged rows (each tagged with the page
 * it was read from; choosing a row shows its box on that page), the pages as thumbnails, how many
 * rows were seen twice and counted once, totals and downloads. Asked for again while pages run
 * and whenever a result changes (a correction on a page changes the merge).
 */
export function StitchedList({ listId }: { listId: string }) {
  const i18n = useI18n();
  const { t, tn, money } = i18n;
  const [list, setList] = useState<List | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<number | null>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      fetchStitchedList(listId, signal).then(
        (next) => {
          setList(next);
          setError(null);
          return next;
        },
        (failure: unknown) => {
          if (!signal?.aborted) setError(failure);
          return null;
        },
      ),
    [listId],
  );

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () =>
      void load(controller.signal).then((next) => {
        if (!controller.signal.aborted && (next === null || !next.complete)) timer = setTimeout(tick, POLL_MS);
      });
    tick();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [load]);

  useResultsChanged(() => void load());

  if (!list) {
    return error ? (
      <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
        {errorText(error, i18n) ?? t("stitch.loadFailed")}
      </p>
    ) : null;
  }

  const row = chosen === null ? undefined : list.rows[chosen];
  const page = row ? list.pages.find((candidate) => candidate.page === row.source.page) : undefined;
  const missedSeams = list.seams.filter((seam) => !seam.overlapFound);

  return (
    <section
      data-testid="stitched-list"
      data-complete={list.complete || undefined}
      aria-labelledby={`list-${list.id}-title`}
      className="space-y-4 border-t border-slate-100 p-4 sm:p-5 dark:border-slate-800"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`list-${list.id}-title`} className="text-base font-semibold text-slate-900 dark:text-slate-50">
          {tn("stitch.title", list.pages.length)}
        </h3>
        <p data-testid="stitch-summary" className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
          {tn("stitch.rows", list.rows.length)} · {tn("stitch.repeats", list.repeatsRemoved)}
          {!list.complete && ` · ${t("stitch.reading")}`}
        </p>
      </header>

      {missedSeams.length > 0 && (
        <p
          data-testid="stitch-no-overlap"
          className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/25"
        >
          {missedSeams.map((seam) => t("stitch.noOverlap", { page: seam.page + 1, next: seam.next + 1 })).join(" ")}
        </p>
      )}

      {list.orderReversed && (
        <p data-testid="stitch-reversed" className="text-sm text-slate-600 dark:text-slate-400">
          {t("stitch.reversed")}
        </p>
      )}

      <ol className="flex gap-2 overflow-x-auto pb-1" aria-label={t("stitch.pages")}>
        {list.pages.map((item) => (
          <li key={item.jobId} className="shrink-0">
            <button
              type="button"
              data-testid="stitch-page"
              data-status={item.status}
              onClick={() => setChosen(list.rows.findIndex((candidate) => candidate.source.page === item.page))}
              className={`block w-16 overflow-hidden rounded-lg border text-center text-[11px] text-slate-600 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-slate-300 ${
                page?.page === item.page ? "border-amber-500" : "border-slate-200 dark:border-slate-700"
              }`}
            >
              {/* biome-ignore lint/performance/noImgElement: a thumbnail served by the API */}
              <img src={item.links.thumbnail} alt="" className="block h-20 w-full object-cover object-top" />
              {t("stitch.page", { page: item.page + 1 })}
            </button>
          </li>
        ))}
      </ol>

      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,14rem)]">
        <StitchedRowsTable list={list} chosen={chosen} onChoose={setChosen} />
        {row && page && (
          <div data-testid="stitch-preview" className="space-y-1">
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {t("stitch.readOn", { page: page.page + 1, name: page.fileName })}
            </p>
            <ScreenshotView
              src={page.links.image}
              alt={t("card.screenshotAlt", { name: page.fileName })}
              width={page.width}
              height={page.height}
              boxes={row.source.box ? [{ key: "row", label: t("stitch.rowBox"), box: row.source.box }] : []}
              highlight="row"
            />
          </div>
        )}
      </div>

      <footer className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span data-testid="stitch-totals" className="text-slate-600 tabular-nums dark:text-slate-400">
          {t("list.out")} {money(list.totals.out, list.currency)}
          {list.totals.in > 0 && ` · ${t("list.in")} ${money(list.totals.in, list.currency)}`}
        </span>
        <span className="ml-auto flex gap-2">
          {FORMATS.map((format) => (
            <a
              key={format}
              data-testid={`stitch-export-${format}`}
              href={stitchedListExportUrl(list.id, format)}
              download
              className="rounded-lg px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 ring-inset hover:bg-indigo-50 dark:text-indigo-300 dark:ring-indigo-500/40 dark:hover:bg-indigo-500/10"
            >
              {format.toUpperCase()}
            </a>
          ))}
        </span>
      </footer>
    </section>
  );
}
