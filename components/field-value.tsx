import { NotSeenMarker } from "@/components/not-seen-marker";

/**
 * An extracted value as text, or a muted "Not found" when the extractor found nothing, with
 * the not-seen marker when the value could not be found in the image.
 */
export function FieldValue({
  field,
  display,
}: {
  field: { value: string | number | null; seen: boolean };
  display: string | null;
}) {
  if (field.value === null || display === null) {
    return <span className="text-slate-400 italic dark:text-slate-500">Not found</span>;
  }
  return (
    <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-medium [overflow-wrap:anywhere] text-slate-900 dark:text-slate-50">{display}</span>
      {!field.seen && <NotSeenMarker />}
    </span>
  );
}
