import { AlertIcon } from "@/components/icons";
import { stepTitle } from "@/lib/client/format";
import type { Problem, StepName } from "@/lib/events/schema";
import { useI18n } from "@/lib/i18n/provider";

/** Why a job failed, in plain words, announced as an alert. The server's message stays as sent. */
export function JobError({ error, step }: { error: Problem | null; step: StepName | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const where = step ? stepTitle(step, i18n) : null;
  return (
    <div
      role="alert"
      data-testid="job-error"
      className="flex gap-3 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
    >
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-rose-600 dark:text-rose-400" />
      <div>
        <p className="font-semibold">
          {where
            ? t("error.titleAtStep", { step: i18n.locale === "en" ? where.toLowerCase() : where })
            : t("error.title")}
        </p>
        <p className="mt-0.5">{error?.message ?? t("error.fallback")}</p>
      </div>
    </div>
  );
}
