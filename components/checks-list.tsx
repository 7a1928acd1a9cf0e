import { CheckIcon, CrossIcon, WarningIcon } from "@/components/icons";
import { calmCheckCodes, shownStatus } from "@/lib/client/check-paths";
import type { Check } from "@/lib/extract/schema";

const styles: Record<Check["status"], { label: string; row: string; icon: string }> = {
  pass: {
    label: "Passed",
    row: "bg-emerald-50 text-emerald-900 ring-emerald-200 dark:bg-emerald-500/10 dark:text-emerald-100 dark:ring-emerald-400/20",
    icon: "text-emerald-600 dark:text-emerald-400",
  },
  warn: {
    label: "Warning",
    row: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-400/10 dark:text-amber-100 dark:ring-amber-400/20",
    icon: "text-amber-600 dark:text-amber-400",
  },
  fail: {
    label: "Failed",
    row: "bg-rose-50 text-rose-900 ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/20",
    icon: "text-rose-600 dark:text-rose-400",
  },
};

/**
 * The verification checks, each styled by outcome: pass, warn or fail. A second reading that
 * disagrees (`local_disagrees`) or a value not found in the image (`not_seen`) is a reason to
 * look again, not an error: shown as a warning with a short tag saying which kind it is.
 */
export function ChecksList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return null;
  return (
    <section aria-label="Checks">
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Checks
      </h4>
      <ul className="space-y-1.5">
        {checks.map((check, index) => {
          const status = shownStatus(check);
          const style = styles[status];
          const Icon = status === "pass" ? CheckIcon : status === "warn" ? WarningIcon : CrossIcon;
          const tag = Object.hasOwn(calmCheckCodes, check.code) ? calmCheckCodes[check.code] : undefined;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the same code can repeat for different fields
              key={`${check.code}-${index}`}
              data-testid="check"
              data-status={check.status}
              data-code={check.code}
              className={`flex items-start gap-2 rounded-lg px-2.5 py-1.5 text-sm ring-1 ring-inset ${style.row}`}
            >
              <Icon className={`mt-0.5 size-4 shrink-0 ${style.icon}`} strokeWidth={2.5} />
              <span>
                <span className="sr-only">{style.label}: </span>
                {tag && <span className="font-medium">{tag}:</span>}
                {tag && " "}
                {check.message}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
