import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { FieldValue } from "@/components/field-value";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { NotSeenMarker } from "@/components/not-seen-marker";
import { isHighlighted } from "@/lib/client/field-boxes";
import { formatMoney } from "@/lib/client/format";
import type { Check, TransactionList, TransactionRow } from "@/lib/extract/schema";

/** A signed amount: red with a minus for money out, green with a plus for money in. */
function SignedAmount({ row, currency }: { row: TransactionRow; currency: string | null }) {
  const amount = row.amount.value;
  if (amount === null) return <span className="text-slate-400 italic dark:text-slate-500">No amount</span>;
  const out = row.direction === "out";
  return (
    <span
      className={`font-semibold tabular-nums ${out ? "text-rose-700 dark:text-rose-400" : "text-emerald-700 dark:text-emerald-400"}`}
    >
      <span aria-hidden="true">{out ? "−" : "+"}</span>
      <span className="sr-only">{out ? "paid " : "received "}</span>
      {formatMoney(Math.abs(amount), currency)}
    </span>
  );
}

function Totals({ list }: { list: TransactionList }) {
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
        Out{" "}
        <span className="font-semibold text-rose-700 tabular-nums dark:text-rose-400">
          {formatMoney(out, currency)}
        </span>
      </span>
      {incoming > 0 && (
        <span>
          In{" "}
          <span className="font-semibold text-emerald-700 tabular-nums dark:text-emerald-400">
            {formatMoney(incoming, currency)}
          </span>
        </span>
      )}
    </p>
  );
}

/** A card history or bank statement: one row per transaction, date, description and amount. */
export function TransactionTable({
  list,
  checks,
  highlight,
  onHighlight,
}: { list: TransactionList; checks: readonly Check[] } & HighlightProps) {
  const currency = list.currency.value;
  return (
    <div className="space-y-2">
      <div
        data-testid="field-currency"
        className="flex flex-wrap items-center justify-between gap-2 px-3 pt-1 text-sm text-slate-600 dark:text-slate-400"
      >
        <span>
          {list.rows.length} transaction{list.rows.length === 1 ? "" : "s"} · Currency{" "}
          <FieldValue field={list.currency} display={currency} /> <CheckMarkers checks={checks} path="currency" />
        </span>
        {currency !== null && <ConfidenceMeter confidence={list.currency.confidence} />}
      </div>
      {list.rows.length > 0 && <Totals list={list} />}
      <table className="w-full text-sm">
        <caption className="sr-only">Transactions</caption>
        <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1.5 pr-3 pl-3 font-medium">
              Transaction
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              Amount
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {list.rows.map((row, index) => {
            const key = `rows.${index}`;
            const lowest = Math.min(row.date.confidence, row.description.confidence, row.amount.confidence);
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
                <td className="py-2 pr-3 pl-3 align-top">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {row.date.value ?? <span className="italic">No date</span>}
                    {row.date.value !== null && !row.date.seen && <NotSeenMarker />}
                  </div>
                  <div className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1">
                    <FieldValue field={row.description} display={row.description.value} />
                    <CheckMarkers checks={checks} path={key} />
                  </div>
                </td>
                <td className="py-2 pr-3 text-right align-top whitespace-nowrap">
                  <div className="flex flex-col items-end gap-1">
                    <SignedAmount row={row} currency={currency} />
                    {row.amount.value !== null && !row.amount.seen && <NotSeenMarker />}
                    <span title="The lowest confidence of this row's values">
                      <ConfidenceMeter confidence={lowest} />
                    </span>
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
