import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { FieldValue } from "@/components/field-value";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { isHighlighted } from "@/lib/client/field-boxes";
import { formatMoney } from "@/lib/client/format";
import type { Check, LineItem } from "@/lib/extract/schema";

/** A receipt's line items: description and amount, each with its confidence. */
export function LineItemsTable({
  items,
  currency,
  checks,
  highlight,
  onHighlight,
}: { items: LineItem[]; currency: string | null; checks: readonly Check[] } & HighlightProps) {
  return (
    <div>
      <h4 className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Items
      </h4>
      <table className="w-full text-sm">
        <caption className="sr-only">Line items</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Description</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item, index) => {
            const key = `items.${index}`;
            const amount = item.amount.value;
            return (
              <tr
                // Items have no identity but their place in the list.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
                key={index}
                data-testid="line-item"
                tabIndex={0}
                {...highlightHandlers(key, onHighlight)}
                className={`outline-none transition-colors focus-visible:bg-indigo-50 dark:focus-visible:bg-indigo-500/10 ${
                  isHighlighted(key, highlight)
                    ? "bg-indigo-50/80 dark:bg-indigo-500/10"
                    : "hover:bg-slate-50 dark:hover:bg-slate-800/40"
                }`}
              >
                <td className="py-2 pr-3 pl-3 align-top">
                  <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
                    <FieldValue field={item.description} display={item.description.value} />
                    <CheckMarkers checks={checks} path={key} />
                  </span>
                </td>
                <td className="py-2 pr-3 text-right align-top whitespace-nowrap">
                  <div className="flex flex-col items-end gap-1 sm:flex-row sm:items-center sm:gap-3">
                    <FieldValue field={item.amount} display={amount === null ? null : formatMoney(amount, currency)} />
                    {amount !== null && <ConfidenceMeter confidence={item.amount.confidence} />}
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
