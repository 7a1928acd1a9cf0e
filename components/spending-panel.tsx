"use client";

import { useEffect, useId, useState } from "react";
import { AlertIcon } from "@/components/icons";
import { SpendingChart, SpendingSwatch } from "@/components/spending-chart";
import { errorText, getSpending } from "@/lib/client/api";
import { useResultsChanged } from "@/lib/client/results-changed";
import { periodName } from "@/lib/client/spending-labels";
import { formatMoney } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { type SpendingPeriod, spendingPeriods } from "@/lib/spending/periods";
import type { CurrencySpending, SpendingSummary } from "@/lib/spending/schema";

type Figures = { state: "loading" } | { state: "ready"; summary: SpendingSummary } | { state: "error"; error: unknown };

/** The currency tab's key: a code, or "none" for amounts read without one. */
const currencyKey = (spending: CurrencySpending) => spending.currency ?? "none";

/**
 * Spending over time on the history page: money out and in per month or week, per currency,
 * and the payees that took the most, from the same results the list shows (its search
 * included), corrections applied. It adds up again when a result changes in any tab, this
 * one included (a deletion from the list below announces itself the same way).
 */
export function SpendingPanel({ query }: { query: string }) {
  const i18n = useI18n();
  const { t, tn, locale } = i18n;
  const headingId = useId();
  const [period, setPeriod] = useState<SpendingPeriod>("month");
  const [figures, setFigures] = useState<Figures>({ state: "loading" });
  const [chosen, setChosen] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  useResultsChanged(() => setChanges((count) => count + 1));

  useEffect(() => {
    void changes;
    const controller = new AbortController();
    getSpending(period, query, controller.signal)
      .then((summary) => setFigures({ state: "ready", summary }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFigures({ state: "error", error });
      });
    return () => controller.abort();
  }, [period, query, changes]);

  const currencies = figures.state === "ready" ? figures.summary.currencies : [];
  const shown = currencies.find((spending) => currencyKey(spending) === chosen) ?? currencies[0];
  const currencyName = (spending: CurrencySpending) => spending.currency ?? t("spending.noCurrency");

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={figures.state === "loading"}
      data-testid="spending"
      data-currency={shown ? currencyKey(shown) : undefined}
      data-period={period}
      className="rounded-2xl border border-slate-200/80 bg-white p-4 shadow-sm shadow-slate-900/5 sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-50">
          {t("spending.title")}
        </h2>
        <fieldset className="flex rounded-xl bg-slate-100 p-0.5 text-sm dark:bg-slate-800">
          <legend className="sr-only">{t("spending.period")}</legend>
          {spendingPeriods.map((option) => (
            <label
              key={option}
              className="cursor-pointer rounded-lg px-3 py-1 font-medium text-slate-600 has-checked:bg-white has-checked:text-slate-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-indigo-500 dark:text-slate-300 dark:has-checked:bg-slate-700 dark:has-checked:text-slate-50"
            >
              <input
                type="radio"
                name={`${headingId}-period`}
                value={option}
                checked={period === option}
                onChange={() => setPeriod(option)}
                className="sr-only"
              />
              {t(`spending.${option}`)}
            </label>
          ))}
        </fieldset>
      </div>

      {figures.state === "loading" && (
        <div
          role="status"
          aria-label={t("spending.loading")}
          className="mt-4 h-56 animate-pulse rounded-xl bg-slate-100 sm:h-64 dark:bg-slate-800"
        />
      )}

      {figures.state === "error" && (
        <p role="alert" className="mt-4 flex items-center gap-2 text-sm text-rose-700 dark:text-rose-300">
          <AlertIcon className="size-4 shrink-0" />
          {errorText(figures.error, i18n) ?? t("spending.loadFailed")}
        </p>
      )}

      {figures.state === "ready" && currencies.length === 0 && (
        <p data-testid="spending-empty" className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {t("spending.empty")}
        </p>
      )}

      {figures.state === "ready" && shown && (
        <div className="mt-3 space-y-4">
          {currencies.length > 1 && (
            <div role="tablist" aria-label={t("spending.currency")} className="flex flex-wrap gap-1.5">
              {currencies.map((spending) => {
                const selected = spending === shown;
                return (
                  <button
                    key={currencyKey(spending)}
                    type="button"
                    role="tab"
                    aria-selected={selected}
                    onClick={() => setChosen(currencyKey(spending))}
                    className={`rounded-full px-3 py-1 text-xs font-semibold ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                      selected
                        ? "bg-indigo-600 text-white ring-indigo-600 dark:bg-indigo-500 dark:ring-indigo-500"
                        : "text-slate-700 ring-slate-300 hover:bg-slate-50 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800"
                    }`}
                  >
                    {currencyName(spending)}
                  </button>
                );
              })}
            </div>
          )}

          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <div className="flex items-center gap-2">
              <SpendingSwatch direction="out" />
              <dt className="text-slate-600 dark:text-slate-400">{t("spending.out")}</dt>
              <dd
                data-testid="spending-total-out"
                className="font-semibold text-slate-900 tabular-nums dark:text-slate-50"
              >
                {formatMoney(shown.totals.out, shown.currency, locale)}
              </dd>
            </div>
            <div className="flex items-center gap-2">
              <SpendingSwatch direction="in" />
              <dt className="text-slate-600 dark:text-slate-400">{t("spending.in")}</dt>
              <dd
                data-testid="spending-total-in"
                className="font-semibold text-slate-900 tabular-nums dark:text-slate-50"
              >
                {formatMoney(shown.totals.in, shown.currency, locale)}
              </dd>
            </div>
            <div className="text-slate-500 dark:text-slate-400">{tn("spending.count", shown.totals.count)}</div>
          </dl>

          <SpendingChart spending={shown} period={period} />
          <p className="sr-only">
            {t("spending.chartLabel", { period: t(`spending.${period}`).toLowerCase(), currency: currencyName(shown) })}
          </p>

          <TopMerchants spending={shown} />
          <SpendingTable spending={shown} period={period} />

          {(query || figures.summary.skipped > 0) && (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {[
                query ? t("spending.searchNote") : null,
                figures.summary.skipped > 0 ? tn("spending.skipped", figures.summary.skipped) : null,
              ]
                .filter(Boolean)
                .join(" ")}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function TopMerchants({ spending }: { spending: CurrencySpending }) {
  const { t, tn, locale } = useI18n();
  const largest = spending.topMerchants[0]?.out ?? 0;
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("spending.topMerchants")}</h3>
      {spending.topMerchants.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">{t("spending.noMerchants")}</p>
      ) : (
        <ol data-testid="spending-merchants" className="mt-2 space-y-1.5">
          {spending.topMerchants.map((merchant) => (
            <li key={merchant.payee} className="text-sm">
              <div className="flex items-baseline justify-between gap-3">
                <span className="min-w-0 truncate text-slate-800 dark:text-slate-200" title={merchant.payee}>
                  {merchant.payee}
                  <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                    {tn("spending.count", merchant.count)}
                  </span>
                </span>
                <span className="shrink-0 font-medium text-slate-900 tabular-nums dark:text-slate-50">
                  {formatMoney(merchant.out, spending.currency, locale)}
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-1 rounded-full bg-slate-100 dark:bg-slate-800">
                <div
                  className="h-1 rounded-full bg-rose-500/70"
                  style={{ width: `${largest > 0 ? Math.max(2, (merchant.out / largest) * 100) : 0}%` }}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The chart's figures as a table: what a screen reader reads, and what a careful reader checks. */
function SpendingTable({ spending, period }: { spending: CurrencySpending; period: SpendingPeriod }) {
  const { t, locale } = useI18n();
  const rows = [
    ...(spending.earlier.count > 0 ? [{ key: "earlier", label: t("spending.earlier"), ...spending.earlier }] : []),
    ...spending.periods.map((flow) => ({ key: flow.start, label: periodName(flow.start, period, locale), ...flow })),
  ];
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer text-indigo-700 hover:underline dark:text-indigo-300">
        {t("spending.showTable")}
      </summary>
      <table data-testid="spending-table" className="mt-2 w-full text-left tabular-nums">
        <thead className="text-xs text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 font-medium">
              {t("spending.periodColumn")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("spending.out")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("spending.in")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.key} data-start={row.key} data-out={row.out} data-in={row.in}>
              <th scope="row" className="py-1 font-normal text-slate-700 dark:text-slate-300">
                {row.label}
              </th>
              <td className="py-1 text-right text-slate-900 dark:text-slate-100">
                {formatMoney(row.out, spending.currency, locale)}
              </td>
              <td className="py-1 text-right text-slate-900 dark:text-slate-100">
                {formatMoney(row.in, spending.currency, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
