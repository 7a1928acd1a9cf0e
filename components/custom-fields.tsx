import { CheckMarkers } from "@/components/check-markers";
import { ConfidenceMeter } from "@/components/confidence-meter";
import { FieldValue } from "@/components/field-value";
import { type HighlightProps, highlightHandlers } from "@/components/highlight-props";
import { customFieldKey, isHighlighted } from "@/lib/client/field-boxes";
import type { Check, CustomDocument, CustomField } from "@/lib/extract/schema";

const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

function display(custom: CustomField): string | null {
  const { value } = custom.field;
  if (value === null) return null;
  return typeof value === "number" ? NUMBER_FORMAT.format(value) : value;
}

/**
 * A document read with an API caller's own fields, in their order: the field's name with its
 * description as a hint, the value (or "Not found"), its confidence and markers.
 */
export function CustomFields({
  document,
  checks,
  highlight,
  onHighlight,
}: { document: CustomDocument; checks: readonly Check[] } & HighlightProps) {
  if (document.fields.length === 0) {
    return <p className="px-3 py-2 text-sm text-slate-500 italic dark:text-slate-400">No fields were asked for.</p>;
  }
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Requested fields</caption>
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="py-1.5 pr-3 pl-3 font-medium">
            Field
          </th>
          <th scope="col" className="py-1.5 pr-3 font-medium">
            Value
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {document.fields.map((custom) => {
          const key = customFieldKey(custom.name);
          return (
            <tr
              key={custom.name}
              data-testid={`custom-field-${custom.name}`}
              data-type={custom.type}
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
                  <span className="text-[11px] text-slate-400 dark:text-slate-500">{custom.type}</span>
                </span>
                {custom.description && (
                  <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{custom.description}</span>
                )}
              </th>
              <td className="py-2 pr-3 align-top">
                <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                  <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
                    <FieldValue field={custom.field} display={display(custom)} />
                    <CheckMarkers checks={checks} path={key} />
                  </span>
                  {custom.field.value !== null && (
                    <span className="ml-auto">
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
