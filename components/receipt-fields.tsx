import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { FieldValue } from "@/components/field-value";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { LineItemsTable } from "@/components/line-items-table";
import { isHighlighted, type ReceiptFieldName, receiptFieldLabels, receiptFieldNames } from "@/lib/client/field-boxes";
import { formatMoney } from "@/lib/client/format";
import type { Check, Receipt } from "@/lib/extract/schema";

function display(receipt: Receipt, name: ReceiptFieldName): string | null {
  if (name === "total") {
    const total = receipt.total.value;
    return total === null ? null : formatMoney(total, receipt.currency.value);
  }
  return receipt[name].value;
}

/**
 * A receipt's fields, one row each, then its line items. Rows highlight their box and carry
 * a marker for each check about them.
 */
export function ReceiptFields({
  receipt,
  checks,
  highlight,
  onHighlight,
}: { receipt: Receipt; checks: readonly Check[] } & HighlightProps) {
  return (
    <div className="space-y-4">
      <table className="w-full text-sm">
        <caption className="sr-only">Extracted payment details</caption>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {receiptFieldNames.map((name) => {
            const field = receipt[name];
            const active = isHighlighted(name, highlight);
            return (
              <tr
                key={name}
                data-testid={`field-${name}`}
                tabIndex={0}
                {...highlightHandlers(name, onHighlight)}
                className={`outline-none transition-colors focus-visible:bg-indigo-50 dark:focus-visible:bg-indigo-500/10 ${
                  active ? "bg-indigo-50/80 dark:bg-indigo-500/10" : "hover:bg-slate-50 dark:hover:bg-slate-800/40"
                }`}
              >
                <th
                  scope="row"
                  className="w-24 py-2 pr-3 pl-3 text-left align-top text-xs leading-5 font-medium tracking-wide text-slate-500 uppercase sm:w-36 dark:text-slate-400"
                >
                  {receiptFieldLabels[name]}
                </th>
                <td className="py-2 pr-3 align-top">
                  <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                    <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
                      <FieldValue field={field} display={display(receipt, name)} />
                      <CheckMarkers checks={checks} path={name} />
                    </span>
                    {field.value !== null && (
                      <span className="ml-auto">
                        <ConfidenceMeter confidence={field.confidence} />
                      </span>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {receipt.items.length > 0 && (
        <LineItemsTable
          items={receipt.items}
          currency={receipt.currency.value}
          checks={checks}
          highlight={highlight}
          onHighlight={onHighlight}
        />
      )}
    </div>
  );
}
