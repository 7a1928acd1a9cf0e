import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { EditableField } from "@/components/editable-field";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { useReview } from "@/components/review-context";
import { fieldLabel, isHighlighted } from "@/lib/client/field-boxes";
import type { Check, LineItem } from "@/lib/extract/schema";
import { useI18n } from "@/lib/i18n/provider";

/** A receipt's line items: description and amount, each with its confidence, each correctable. */
export function LineItemsTable({
  items,
  currency,
  checks,
  highlight,
  onHighlight,
}: { items: LineItem[]; currency: string | null; checks: readonly Check[] } & HighlightProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const review = useReview()?.review;
  const money = (value: string | number) => (typeof value === "number" ? i18n.money(value, currency) : String(value));
  return (
    <div>
      <h4 className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {t("items.heading")}
      </h4>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("items.caption")}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("items.description")}</th>
            <th scope="col">{t("items.amount")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item, index) => {
            const key = `items.${index}`;
            const amountPath = `${key}.amount`;
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
                <td className="py-1.5 pr-3 pl-3 align-top">
                  <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
                    <EditableField
                      path={`${key}.description`}
                      label={fieldLabel(`${key}.description`, i18n)}
                      field={item.description}
                      format={String}
                    />
                    <CheckMarkers checks={checks} path={key} />
                  </span>
                </td>
                <td className="py-1.5 pr-3 text-right align-top">
                  <div className="flex flex-col items-end gap-1 sm:flex-row sm:items-center sm:justify-end sm:gap-3">
                    <EditableField
                      path={amountPath}
                      label={fieldLabel(amountPath, i18n)}
                      field={item.amount}
                      format={money}
                      className="tabular-nums"
                    />
                    {amount !== null && review?.correction(amountPath) === undefined && (
                      <ConfidenceMeter confidence={item.amount.confidence} />
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
