import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { EditableField } from "@/components/editable-field";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { useReview } from "@/components/review-context";
import { customFieldKey, isHighlighted } from "@/lib/client/field-boxes";
import type { Check, CustomDocument, CustomField } from "@/lib/extract/schema";
import { type I18n, useI18n } from "@/lib/i18n/provider";

/** A caller's value as it reads: numbers grouped, dates and times localised. */
function formatter(custom: CustomField, i18n: I18n): (value: string | number) => string {
  return (value) => {
    if (typeof value === "number") return i18n.number(value, 6);
    if (custom.type === "date") return i18n.date(value);
    if (custom.type === "time") return i18n.time(value);
    return value;
  };
}

/**
 * A document read with an API caller's own fields, in their order: the field's name with its
 * description as a hint, the value (or "Not found"), its confidence and markers. Every value
 * can be corrected in place.
 */
export function CustomFields({
  document,
  checks,
  highlight,
  onHighlight,
}: { document: CustomDocument; checks: readonly Check[] } & HighlightProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const review = useReview()?.review;
  if (document.fields.length === 0) {
    return <p className="px-3 py-2 text-sm text-slate-500 italic dark:text-slate-400">{t("custom.none")}</p>;
  }
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("custom.caption")}</caption>
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="py-1.5 pr-3 pl-3 font-medium">
            {t("custom.field")}
          </th>
          <th scope="col" className="py-1.5 pr-3 font-medium">
            {t("custom.value")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {document.fields.map((custom) => {
          const key = customFieldKey(custom.name);
          const corrected = review?.correction(key) !== undefined;
          return (
            <tr
              key={custom.name}
              data-testid={`custom-field-${custom.name}`}
              data-type={custom.type}
              data-corrected={corrected || undefined}
              tabIndex={0}
              {...highlightHandlers(key, onHighlight)}
              className={`outline-none transition-colors focus-visible:bg-indigo-50 dark:focus-visible:bg-indigo-500/10 ${
                isHighlighted(key, highlight)
                  ? "bg-indigo-50/80 dark:bg-indigo-500/10"
                  : "hover:bg-slate-50 dark:hover:bg-slate-800/40"
              }`}
            >
              <th scope="row" className="w-2/5 py-2 pr-3 pl-3 text-left align-top font-normal">
                <span className="flex flex-wrap items-baseline gap-x-1.5">
                  <span className="font-mono text-xs font-medium [overflow-wrap:anywhere] text-slate-700 dark:text-slate-200">
                    {custom.name}
                  </span>
                  <span className="text-[11px] text-slate-400 dark:text-slate-500">
                    {t(`custom.type.${custom.type}`)}
                  </span>
                </span>
                {custom.description && (
                  <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{custom.description}</span>
                )}
              </th>
              <td className="py-1.5 pr-3 align-top">
                <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                  <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
                    <EditableField
                      path={key}
                      label={custom.name}
                      field={custom.field}
                      format={formatter(custom, i18n)}
                    />
                    <CheckMarkers checks={checks} path={key} />
                  </span>
                  {custom.field.value !== null && !corrected && (
                    <span className="ml-auto pt-1">
                      <ConfidenceMeter confidence={custom.field.confidence} />
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
