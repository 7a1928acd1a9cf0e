import { NotSeenMarker } from "@/components/not-seen-marker";
import { useT } from "@/lib/i18n/provider";

/**
 * An extracted value as text, or a muted "Not found" when the extractor found nothing, with
 * the not-seen marker when the value could not be found in the image. (Values that can be
 * corrected use `EditableField`.)
 */
export function FieldValue({
  field,
  display,
}: {
  field: { value: string | number | null; seen: boolean };
  display: string | null;
}) {
  const t = useT();
  if (field.value === null || display === null) {
    return <span className="text-slate-400 italic dark:text-slate-500">{t("field.notFound")}</span>;
  }
  return (
    <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-medium [overflow-wrap:anywhere] text-slate-900 dark:text-slate-50">{display}</span>
      {!field.seen && <NotSeenMarker />}
    </span>
  );
}
