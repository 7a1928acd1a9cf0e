import { AlertIcon } from "@/components/icons";
import { stepTitles } from "@/lib/client/format";
import type { Problem, StepName } from "@/lib/events/schema";

/** Why a job failed, in plain words, announced as an alert. */
export function JobError({ error, step }: { error: Problem | null; step: StepName | null }) {
  return (
    <div
      role="alert"
      data-testid="job-error"
      className="flex gap-3 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
    >
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-rose-600 dark:text-rose-400" />
      <div>
        <p className="font-semibold">
          This screenshot could not be processed{step ? ` (${stepTitles[step].toLowerCase()})` : ""}.
        </p>
        <p className="mt-0.5">{error?.message ?? "Something went wrong while processing it."}</p>
      </div>
    </div>
  );
}
