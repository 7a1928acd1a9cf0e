import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { EditableField } from "@/components/editable-field";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { NotSeenMarker } from "@/components/not-seen-marker";
import { useReview } from "@/components/review-context";
import { fieldLabel, isHighlighted } from "@/lib/client/field-boxes";
import type { Check, Direction, TransactionList, TransactionRow } from "@/lib/extract/schema";
import { currencyName } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";

/** A signed amount: red with a minus for money out, green with a plus for money in. */
function SignedAmount({ text, direction }: { text: string; direction: Direction }) {
  const { t } = useI18n();
  const out = direction === "out";
  return (
    <span
      className={`font-semibold whitespace-nowrap tabular-nums ${out ? "text-rose-700 dark:text-rose-400" : "text-emerald-700 dark:text-emerald-400"}`}
    >
      <span aria-hidden="true">{out ? "−" : "+"}</span>
      <span className="sr-only">{out ? t("list.paid") : t("list.received")} </span>
      {text}
    </span>
  );
}

function Totals({ list }: { list: TransactionList }) {
  const { t, money } = useI18n();
  let out = 0;
  let incoming = 0;
  for (const row of list.rows) {
    const amount = row.amount.value;
    if (amount === null) continue;
    if (row.direction === "out") out += Math.abs(amount);
    else incoming += Math.abs(amount);
  }
  const currency = list.currency.value;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 px-3 text-xs text-slate-600 dark:text-slate-400">
      <span>
        {t("list.out")}{" "}
        <span className="font-semibold text-rose-700 tabular-nums dark:text-rose-400">{money(out, currency)}</span>
      </span>
      {incoming > 0 && (
        <span>
          {t("list.in")}{" "}
          <span className="font-semibold text-emerald-700 tabular-nums dark:text-emerald-400">
            {money(incoming, currency)}
          </span>
        </span>
      )}
    </p>
  );
}

/** The lowest confidence of a row's values that were not corrected (null when all were). */
function lowestConfidence(row: TransactionRow, path: string, corrected: (path: string) => boolean): number | null {
  const parts = (["date", "description", "amount"] as const).filter((part) => !corrected(`${path}.${part}`));
  if (parts.length === 0) return null;
  return Math.min(...parts.map((part) => row[part].confidence));
}

/**
 * A card history or bank statement: one row per transaction, date, description and amount,
 * each correctable in place.
 */
export function TransactionTable({
  list,
  checks,
  highlight,
  onHighlight,
}: { list: TransactionList; checks: readonly Check[] } & HighlightProps) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const review = useReview()?.review;
  const corrected = (path: string) => review?.correction(path) !== undefined;
  const currency = list.currency.value;
  const money = (value: string | number) =>
    typeof value === "number" ? i18n.money(Math.abs(value), currency) : String(value);
  return (
    <div className="space-y-2">
      <div
        data-testid="field-currency"
        className="flex flex-wrap items-center justify-between gap-2 px-3 pt-1 text-sm text-slate-600 dark:text-slate-400"
      >
        <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-1">
          <span>{tn("list.count", list.rows.length)}</span>
          <span aria-hidden="true">·</span>
          <span>{t("list.currency")}</span>
          <span title={currencyName(currency, i18n.locale) ?? undefined}>
            <EditableField
              path="currency"
              label={t("list.currency")}
              field={list.currency}
              format={(value) => String(value).toUpperCase()}
            />
          </span>
          <CheckMarkers checks={checks} path="currency" />
        </span>
        {currency !== null && !corrected("currency") && <ConfidenceMeter confidence={list.currency.confidence} />}
      </div>
      {list.rows.length > 0 && <Totals list={list} />}
      <table className="w-full text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1.5 pr-3 pl-3 font-medium">
              {t("list.transaction")}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {t("list.amount")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {list.rows.map((row, index) => {
            const key = `rows.${index}`;
            const lowest = lowestConfidence(row, key, corrected);
            const amountPath = `${key}.amount`;
            return (
              <tr
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place in the list
                key={index}
                data-testid="transaction-row"
                data-direction={row.direction}
                tabIndex={0}
                {...highlightHandlers(key, onHighlight)}
                className={`outline-none transition-colors focus-visible:bg-indigo-50 dark:focus-visible:bg-indigo-500/10 ${
                  isHighlighted(key, highlight)
                    ? "bg-indigo-50/80 dark:bg-indigo-500/10"
                    : "hover:bg-slate-50 dark:hover:bg-slate-800/40"
                }`}
              >
                <td className="py-1.5 pr-3 pl-3 align-top">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    <EditableField
                      path={`${key}.date`}
                      label={fieldLabel(`${key}.date`, i18n)}
                      field={row.date}
                      format={(value) => i18n.date(String(value))}
                      emptyText={t("list.noDate")}
                      render={(_, text) => <span className="text-slate-600 dark:text-slate-300">{text}</span>}
                    />
                  </div>
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <EditableField
                      path={`${key}.description`}
                      label={fieldLabel(`${key}.description`, i18n)}
                      field={row.description}
                      format={String}
                    />
                    <CheckMarkers checks={checks} path={key} />
                  </div>
                </td>
                <td className="py-1.5 pr-3 text-right align-top">
                  <div className="flex flex-col items-end gap-1">
                    <EditableField
                      path={amountPath}
                      label={fieldLabel(amountPath, i18n)}
                      field={row.amount}
                      format={money}
                      emptyText={t("list.noAmount")}
                      notSeen={false}
                      render={(_, text) => <SignedAmount text={text} direction={row.direction} />}
                    />
                    {row.amount.value !== null && !row.amount.seen && !corrected(amountPath) && <NotSeenMarker />}
                    {lowest !== null && (
                      <span title={t("list.lowestConfidence")}>
                        <ConfidenceMeter confidence={lowest} />
                      </span>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
