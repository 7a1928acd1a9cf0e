import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { EditableField } from "@/components/editable-field";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { LineItemsTable } from "@/components/line-items-table";
import { useReview } from "@/components/review-context";
import {
  isHighlighted,
  type ReceiptFieldName,
  receiptFieldLabel,
  receiptMoneyFieldNames,
} from "@/lib/client/field-boxes";
import { receiptRows } from "@/lib/client/receipt-rows";
import type { Check, Receipt } from "@/lib/extract/schema";
import { currencyName, formatAdjustment } from "@/lib/i18n/format";
import { type I18n, useI18n } from "@/lib/i18n/provider";

/** How each receipt field's value reads: amounts in the currency, dates and times localised. */
function formatter(name: ReceiptFieldName, receipt: Receipt, i18n: I18n): (value: string | number) => string {
  const currency = receipt.currency.value;
  // A rounding is an adjustment: its sign says whether it was added or taken off.
  if (name === "rounding")
    return (value) => (typeof value === "number" ? formatAdjustment(value, currency, i18n.locale) : String(value));
  if (receiptMoneyFieldNames.has(name))
    return (value) => (typeof value === "number" ? i18n.money(value, currency) : String(value));
  if (name === "date") return (value) => i18n.date(String(value));
  if (name === "time") return (value) => i18n.time(String(value));
  if (name === "currency") return (value) => String(value).toUpperCase();
  return String;
}

/**
 * A receipt in the order it is printed: merchant, address, date and time; its line items; then
 * subtotal, tax, rounding, total and how it was paid. Rows highlight their box and carry a
 * marker for each check about them; every value can be corrected in place.
 */
export function ReceiptFields({
  receipt,
  checks,
  highlight,
  onHighlight,
}: { receipt: Receipt; checks: readonly Check[] } & HighlightProps) {
  const i18n = useI18n();
  const review = useReview()?.review;
  const { head, tail } = receiptRows(receipt, review);
  const shared = { receipt, checks, highlight, onHighlight };
  // Without line items nothing stands between the two groups: one table, as before.
  if (receipt.items.length === 0) {
    return <FieldRows names={[...head, ...tail]} caption={i18n.t("receipt.caption")} {...shared} />;
  }
  return (
    <div className="space-y-4">
      <FieldRows names={head} caption={i18n.t("receipt.caption")} {...shared} />
      <LineItemsTable
        items={receipt.items}
        currency={receipt.currency.value}
        checks={checks}
        highlight={highlight}
        onHighlight={onHighlight}
      />
      <FieldRows names={tail} caption={i18n.t("receipt.amountsCaption")} {...shared} />
    </div>
  );
}

/** One table of receipt fields, a row each. */
function FieldRows({
  names,
  caption,
  receipt,
  checks,
  highlight,
  onHighlight,
}: {
  names: readonly ReceiptFieldName[];
  caption: string;
  receipt: Receipt;
  checks: readonly Check[];
} & HighlightProps) {
  const i18n = useI18n();
  const review = useReview()?.review;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {names.map((name) => {
          const field = receipt[name];
          const active = isHighlighted(name, highlight);
          const label = receiptFieldLabel(name, i18n);
          const corrected = review?.correction(name) !== undefined;
          return (
            <tr
              key={name}
              data-testid={`field-${name}`}
              data-corrected={corrected || undefined}
              tabIndex={0}
              {...highlightHandlers(name, onHighlight)}
              className={`outline-none transition-colors focus-visible:bg-indigo-50 dark:focus-visible:bg-indigo-500/10 ${
                active ? "bg-indigo-50/80 dark:bg-indigo-500/10" : "hover:bg-slate-50 dark:hover:bg-slate-800/40"
              }`}
            >
              <th
                scope="row"
                className="w-24 py-2 pr-3 pl-3 text-left align-top text-xs leading-6 font-medium tracking-wide text-slate-500 uppercase sm:w-36 dark:text-slate-400"
              >
                {label}
              </th>
              <td className="py-1.5 pr-3 align-top">
                <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                  <span
                    className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1"
                    title={
                      name === "currency" && typeof field.value === "string"
                        ? (currencyName(field.value, i18n.locale) ?? undefined)
                        : undefined
                    }
                  >
                    <EditableField path={name} label={label} field={field} format={formatter(name, receipt, i18n)} />
                    <CheckMarkers checks={checks} path={name} />
                  </span>
                  {field.value !== null && !corrected && (
                    <span className="ml-auto pt-1">
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
  );
}
