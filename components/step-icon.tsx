import { CheckIcon, CrossIcon, SpinnerIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";
import type { StepStatus } from "@/lib/jobs/schema";

/** A step's state as a round icon: empty, spinning, ticked or crossed. Labelled for readers. */
export function StepIcon({ status }: { status: StepStatus }) {
  const t = useT();
  const base = "relative z-10 grid size-6 shrink-0 place-items-center rounded-full";
  return (
    <span className={`${base} ${tone[status]}`} role="img" aria-label={t(`stepStatus.${status}`)}>
      {status === "succeeded" && <CheckIcon className="size-3.5" strokeWidth={3} />}
      {status === "failed" && <CrossIcon className="size-3.5" strokeWidth={3} />}
      {status === "running" && <SpinnerIcon className="size-3.5" strokeWidth={3} />}
      {status === "pending" && <span className="size-1.5 rounded-full bg-slate-400 dark:bg-slate-500" />}
    </span>
  );
}

const tone: Record<StepStatus, string> = {
  pending: "bg-white ring-2 ring-inset ring-slate-200 dark:bg-slate-900 dark:ring-slate-700",
  running: "bg-indigo-600 text-white shadow-sm shadow-indigo-500/40 dark:bg-indigo-500",
  succeeded: "bg-emerald-500 text-white dark:bg-emerald-500",
  failed: "bg-rose-500 text-white dark:bg-rose-500",
};
