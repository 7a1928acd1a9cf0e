import { useId } from "react";
import { effectiveExtractor, type UploadOptions } from "@/lib/client/upload-options";
import type { PublicConfig } from "@/lib/config-schema";
import { extractorNameSchema } from "@/lib/extract/schema";
import { useT } from "@/lib/i18n/provider";

const kindOptions = ["auto", "receipt", "transaction_list"] as const satisfies readonly UploadOptions["kind"][];

const selectClass =
  "rounded-lg border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm text-slate-900 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
const labelClass = "inline-flex items-center gap-2 text-slate-600 dark:text-slate-400";

/**
 * The reading options for the next uploads (picked, dropped or pasted): which extractor,
 * which kind of document, and whether the model may see the image itself. The extractor
 * choice appears only when the server has an LLM; otherwise a quiet note says the local
 * rules read everything.
 */
export function UploadOptionsBar({
  config,
  options,
  onChange,
}: {
  config: PublicConfig | null;
  options: UploadOptions;
  onChange: (change: Partial<UploadOptions>) => void;
}) {
  const t = useT();
  const hintId = useId();
  const llm = config?.extractors.llm;
  const extractor = effectiveExtractor(options, config);
  const kindOf = (value: string) => kindOptions.find((option) => option === value) ?? "auto";

  return (
    <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2 px-1 text-sm" data-testid="upload-options">
      <legend className="sr-only">{t("options.legend")}</legend>
      {llm?.available ? (
        <label className={labelClass}>
          {t("options.readWith")}
          <select
            data-testid="extractor-select"
            className={selectClass}
            value={extractor ?? "llm"}
            onChange={(event) => {
              const parsed = extractorNameSchema.safeParse(event.currentTarget.value);
              if (parsed.success) onChange({ extractor: parsed.data });
            }}
          >
            <option value="llm">{t("options.llm", { model: llm.model ?? t("options.languageModel") })}</option>
            <option value="local">{t("options.local")}</option>
          </select>
        </label>
      ) : (
        config && (
          <p data-testid="llm-unavailable-note" className="text-xs text-slate-500 dark:text-slate-400">
            {t("options.noLlm")}
          </p>
        )
      )}
      <label className={labelClass}>
        {t("options.document")}
        <select
          data-testid="kind-select"
          className={selectClass}
          value={options.kind}
          onChange={(event) => onChange({ kind: kindOf(event.currentTarget.value) })}
        >
          {kindOptions.map((option) => (
            <option key={option} value={option}>
              {t(`options.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {llm?.available && llm.vision && (
        <div className="flex min-w-0 flex-col">
          <label className={`${labelClass} ${extractor === "llm" ? "" : "opacity-50"}`}>
            <input
              type="checkbox"
              data-testid="allow-image"
              className="size-4 rounded border-slate-300 accent-indigo-600 dark:border-slate-600"
              checked={options.allowImage}
              disabled={extractor !== "llm"}
              aria-describedby={hintId}
              onChange={(event) => onChange({ allowImage: event.currentTarget.checked })}
            />
            {t("options.allowImage")}
          </label>
          <span id={hintId} className="pl-6 text-xs text-slate-500 dark:text-slate-400">
            {t("options.allowImageHint")}
          </span>
        </div>
      )}
      <div className="flex min-w-0 flex-col">
        <label className={labelClass}>
          <input
            type="checkbox"
            data-testid="stitch-option"
            className="size-4 rounded border-slate-300 accent-indigo-600 dark:border-slate-600"
            checked={options.stitch}
            aria-describedby={`${hintId}-stitch`}
            onChange={(event) => onChange({ stitch: event.currentTarget.checked })}
          />
          {t("options.stitch")}
        </label>
        <span id={`${hintId}-stitch`} className="pl-6 text-xs text-slate-500 dark:text-slate-400">
          {t("options.stitchHint")}
        </span>
      </div>
    </fieldset>
  );
}
