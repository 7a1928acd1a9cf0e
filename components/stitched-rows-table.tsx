"use client";

import { useI18n } from "@/lib/i18n/provider";
import type { StitchedList } from "@/lib/stitch/schema";

/**
 * The merged rows of a stitched list. Each row carries a small "page n" tag: the screenshot its
 * values were read from. Hovering or choosing a row shows its box on that screenshot.
 */
export function StitchedRowsTable({
  list,
  chosen,
  onChoose,
}: {
  list: StitchedList;
  chosen: number | null;
  onChoose: (index: number) => void;
}) {
  const { t, money, date } = useI18n();
  return (
    <div className="max-h-[28rem] overflow-y-auto rounded-xl ring-1 ring-slate-200 dark:ring-slate-800">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("stitch.caption")}</caption>
        <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-500 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("list.transaction")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("list.amount")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("stitch.source")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {list.rows.map((row, index) => {
            const amount = row.amount.value;
            const out = row.direction === "out";
            const key = `${row.source.jobId}-${row.source.index}`;
            return (
              <tr
                key={key}
                data-testid="stitched-row"
                data-page={row.source.page}
                data-active={chosen === index || undefined}
                onMouseEnter={() => onChoose(index)}
                className={chosen === index ? "bg-amber-50 dark:bg-amber-400/10" : ""}
              >
                <td className="px-3 py-2">
                  <span className="block font-medium text-slate-900 dark:text-slate-100">
                    {row.description.value ?? "—"}
                  </span>
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    {row.date.value ? date(row.date.value) : t("list.noDate")}
                  </span>
                </td>
                <td
                  className={`px-3 py-2 text-right font-semibold whitespace-nowrap tabular-nums ${out ? "text-rose-700 dark:text-rose-400" : "text-emerald-700 dark:text-emerald-400"}`}
                >
                  {amount === null ? t("list.noAmount") : `${out ? "−" : "+"}${money(Math.abs(amount), list.currency)}`}
                </td>
                <td className="px-3 py-2 text-right">
                  <button
                    type="button"
                    data-testid="row-page-tag"
                    onClick={() => onChoose(index)}
                    aria-pressed={chosen === index}
                    title={
                      row.alsoOn.length > 0
                        ? t("stitch.alsoOn", { pages: row.alsoOn.map((source) => source.page + 1).join(", ") })
                        : undefined
                    }
                    className="rounded-md bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap text-slate-600 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-slate-800 dark:text-slate-300"
                  >
                    {t("stitch.page", { page: row.source.page + 1 })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
