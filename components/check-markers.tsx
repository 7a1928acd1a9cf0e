import { WarningIcon } from "@/components/icons";
import { useCheckValue, useReview } from "@/components/review-context";
import { checkTouchedBy, describeCheck, markedChecks, shownStatus } from "@/lib/client/check-paths";
import type { Check } from "@/lib/extract/schema";
import type { Translator } from "@/lib/i18n";
import { useI18n } from "@/lib/i18n/provider";

/** Short names for a marker; the full message is its tooltip and is read out. */
function markerLabel(check: Check, tr: Translator): string {
  if (check.code === "local_disagrees") return tr.t("marker.localDiffers");
  return shownStatus(check) === "fail" ? tr.t("marker.failed") : tr.t("marker.check");
}

/**
 * Small markers on a field row for the checks about it (see Checks below the fields), e.g.
 * when the language model and the local rules read the value differently. A value the
 * person corrected (or, for a sum, any amount it adds) drops its markers: the check was about
 * the values read.
 */
export function CheckMarkers({ checks, path }: { checks: readonly Check[]; path: string }) {
  const i18n = useI18n();
  const review = useReview()?.review;
  const valueAt = useCheckValue();
  // A sum check is stale once any amount it adds was corrected, not only the one it names.
  const marked = markedChecks(checks, path).filter(
    (check) => !(review && checkTouchedBy(check, review.correctedPaths)),
  );
  if (marked.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {marked.map((check, index) => {
        const fail = shownStatus(check) === "fail";
        const { text } = describeCheck(check, i18n, valueAt);
        return (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the same code can repeat for a row's fields
            key={`${check.code}-${index}`}
            data-testid="check-marker"
            data-code={check.code}
            title={text}
            className={`inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap ${
              fail
                ? "bg-rose-100 text-rose-900 dark:bg-rose-500/15 dark:text-rose-200"
                : "bg-amber-100 text-amber-900 dark:bg-amber-400/15 dark:text-amber-200"
            }`}
          >
            <WarningIcon className="size-3" />
            {markerLabel(check, i18n)}
            <span className="sr-only">: {text}</span>
          </span>
        );
      })}
    </span>
  );
}
