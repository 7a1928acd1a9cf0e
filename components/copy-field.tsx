"use client";

import { useId, useState } from "react";
import { secondaryButtonClass } from "@/components/form-classes";
import { CheckIcon, CopyIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";

/**
 * A secret or a link to copy: shown whole in a read-only field (selectable if the clipboard is
 * refused) with a copy button that says when it worked.
 */
export function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useT();
  const id = useId();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-lg border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-500 focus:outline-none dark:bg-slate-950 dark:text-slate-100 dark:ring-slate-700"
        />
        <button
          type="button"
          data-testid={`${testId}-copy`}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setState("copied");
            } catch {
              setState("failed");
            }
          }}
          className={`${secondaryButtonClass} shrink-0`}
        >
          {state === "copied" ? <CheckIcon className="size-4" /> : <CopyIcon className="size-4" />}
          {state === "copied" ? t("settings.copied") : t("settings.copy")}
        </button>
      </div>
      {state === "failed" && (
        <p role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {t("settings.copyFailed")}
        </p>
      )}
    </div>
  );
}
