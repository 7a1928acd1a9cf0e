"use client";

import { secondaryButtonClass } from "@/components/form-classes";
import { SpinnerIcon } from "@/components/icons";
import type { Loaded } from "@/lib/client/use-loaded";
import { useT } from "@/lib/i18n/provider";

/** A settings list while it loads, when it failed (with a retry), or when it is empty. */
export function ListStatus<T extends unknown[]>({
  loaded,
  empty,
  onRetry,
}: {
  loaded: Loaded<T>;
  empty: string;
  onRetry: () => void;
}) {
  const t = useT();
  if (loaded.state === "loading") return <SpinnerIcon className="size-5 text-slate-400" />;
  if (loaded.state === "error") {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-rose-700 dark:text-rose-300">
        {t("settings.loadFailed")}
        <button type="button" onClick={onRetry} className={secondaryButtonClass}>
          {t("settings.retry")}
        </button>
      </div>
    );
  }
  if (loaded.value.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">{empty}</p>;
  return null;
}
