import type { ReactNode } from "react";

/** One entry of a settings list (a passkey, a key, an invitation): what it is, then its action. */
export function SettingsRow({
  title,
  detail,
  action,
  testId,
}: {
  title: ReactNode;
  detail: ReactNode;
  action?: ReactNode;
  testId: string;
}) {
  return (
    <li data-testid={testId} className="flex items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-900 dark:text-slate-100">{title}</p>
        <p className="text-xs text-slate-500 dark:text-slate-400">{detail}</p>
      </div>
      {action}
    </li>
  );
}

export const settingsListClass = "divide-y divide-slate-100 dark:divide-slate-800";
