import { CheckIcon, CrossIcon, WarningIcon } from "@/components/icons";
import { useCheckValue, useReview } from "@/components/review-context";
import { checkTouchedBy, describeCheck, shownStatus } from "@/lib/client/check-paths";
import type { Check } from "@/lib/extract/schema";
import { useI18n } from "@/lib/i18n/provider";

const styles: Record<Check["status"], { row: string; icon: string }> = {
  pass: {
    row: "bg-emerald-50 text-emerald-900 ring-emerald-200 dark:bg-emerald-500/10 dark:text-emerald-100 dark:ring-emerald-400/20",
    icon: "text-emerald-600 dark:text-emerald-400",
  },
  warn: {
    row: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/20",
    icon: "text-amber-600 dark:text-amber-400",
  },
  fail: {
    row: "bg-rose-50 text-rose-900 ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/20",
    icon: "text-rose-600 dark:text-rose-400",
  },
};

/**
 * The verification checks, each styled by outcome: pass, warn or fail, with a short title.
 * A second reading that disagrees (`local_disagrees`) or a value not found in the image
 * (`not_seen`) is a reason to look again, not an error: shown as a warning. A check about a
 * value the person has since corrected is dimmed and says so.
 */
export function ChecksList({ checks }: { checks: Check[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const review = useReview()?.review;
  const valueAt = useCheckValue();
  if (checks.length === 0) return null;
  return (
    <section aria-label={t("checks.heading")}>
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {t("checks.heading")}
      </h4>
      <ul className="space-y-1.5">
        {checks.map((check, index) => {
          const status = shownStatus(check);
          const style = styles[status];
          const Icon = status === "pass" ? CheckIcon : status === "warn" ? WarningIcon : CrossIcon;
          const { title, text, original } = describeCheck(check, i18n, valueAt);
          const corrected = review !== undefined && checkTouchedBy(check, review.correctedPaths);
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the same code can repeat for different fields
              key={`${check.code}-${index}`}
              data-testid="check"
              data-status={check.status}
              data-code={check.code}
              data-corrected={corrected || undefined}
              title={original}
              className={`flex items-start gap-2 rounded-lg px-2.5 py-1.5 text-sm ring-1 ring-inset transition-opacity ${style.row} ${
                corrected ? "opacity-60" : ""
              }`}
            >
              <Icon className={`mt-0.5 size-4 shrink-0 ${style.icon}`} strokeWidth={2.5} />
              <span className="min-w-0">
                <span className="sr-only">{t(`checks.${status}`)}: </span>
                {title && <span className="font-semibold">{title}</span>}
                {title && <span aria-hidden="true"> · </span>}
                {text}
                {corrected && (
                  <span className="ml-1.5 inline-flex rounded bg-white/70 px-1.5 text-[11px] font-medium text-slate-600 ring-1 ring-slate-200 ring-inset dark:bg-slate-900/50 dark:text-slate-300 dark:ring-slate-700">
                    {t("review.corrected")}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
