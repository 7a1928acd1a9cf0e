import type { ReactNode } from "react";
import { panelClass } from "@/components/form-classes";

/** One part of the settings page: an icon, a heading, what it is for, then its controls. */
export function SettingsSection({
  icon,
  title,
  intro,
  testId,
  children,
}: {
  icon: ReactNode;
  title: string;
  intro?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section data-testid={testId} aria-label={title} className={panelClass}>
      <div className="flex items-start gap-3">
        <span className="grid size-9 shrink-0 place-items-center rounded-xl bg-indigo-50 text-indigo-600 dark:bg-indigo-500/15 dark:text-indigo-300">
          {icon}
        </span>
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-slate-900 dark:text-slate-50">{title}</h2>
          {intro && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{intro}</p>}
        </div>
      </div>
      <div className="mt-5 space-y-4">{children}</div>
    </section>
  );
}
