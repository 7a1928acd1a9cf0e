import { EyeOffIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";

/** Marks a value that was not found among the words read from the image (inferred or doubtful). */
export function NotSeenMarker() {
  const t = useT();
  return (
    <span
      className="inline-flex items-center gap-1 rounded-md bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap text-amber-900 dark:bg-amber-400/15 dark:text-amber-200"
      title={t("notSeen.title")}
    >
      <EyeOffIcon className="size-3" />
      {t("notSeen.label")}
    </span>
  );
}
