import { formatPercent } from "@/lib/client/format";
import { useT } from "@/lib/i18n/provider";

function tone(confidence: number): string {
  if (confidence >= 0.8) return "bg-emerald-500";
  if (confidence >= 0.5) return "bg-amber-500";
  return "bg-rose-500";
}

/** How sure the extractor is of a value: a short bar and the percentage. */
export function ConfidenceMeter({ confidence }: { confidence: number }) {
  const t = useT();
  const percent = formatPercent(confidence);
  return (
    <span className="inline-flex items-center gap-1.5" title={t("confidence.title", { percent })}>
      <span aria-hidden="true" className="h-1.5 w-8 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <span className={`block h-full rounded-full ${tone(confidence)}`} style={{ width: percent }} />
      </span>
      <span className="w-9 text-right text-xs tabular-nums text-slate-600 dark:text-slate-400">
        <span className="sr-only">{t("confidence.sr")} </span>
        {percent}
      </span>
    </span>
  );
}
