import { useId } from "react";
import { effectiveExtractor, type UploadOptions } from "@/lib/client/upload-options";
import type { PublicConfig } from "@/lib/config-schema";
import { extractorNameSchema } from "@/lib/extract/schema";

const kindOptions = [
  { value: "auto", label: "Detect automatically" },
  { value: "receipt", label: "Single payment or receipt" },
  { value: "transaction_list", label: "Transaction list" },
] as const satisfies readonly { value: UploadOptions["kind"]; label: string }[];

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
  const hintId = useId();
  const llm = config?.extractors.llm;
  const extractor = effectiveExtractor(options, config);
  const kindOf = (value: string) => kindOptions.find((option) => option.value === value)?.value ?? "auto";

  return (
    <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2 px-1 text-sm" data-testid="upload-options">
      <legend className="sr-only">Reading options for the next screenshots</legend>
      {llm?.available ? (
        <label className={labelClass}>
          Read with
          <select
            data-testid="extractor-select"
            className={selectClass}
            value={extractor ?? "llm"}
            onChange={(event) => {
              const parsed = extractorNameSchema.safeParse(event.currentTarget.value);
              if (parsed.success) onChange({ extractor: parsed.data });
            }}
          >
            <option value="llm">LLM ({llm.model ?? "language model"})</option>
            <option value="local">Local rules</option>
          </select>
        </label>
      ) : (
        config && (
          <p data-testid="llm-unavailable-note" className="text-xs text-slate-500 dark:text-slate-400">
            No LLM configured — reading with local rules
          </p>
        )
      )}
      <label className={labelClass}>
        Document
        <select
          data-testid="kind-select"
          className={selectClass}
          value={options.kind}
          onChange={(event) => onChange({ kind: kindOf(event.currentTarget.value) })}
        >
          {kindOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
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
            Also send the image to the model
          </label>
          <span id={hintId} className="pl-6 text-xs text-slate-500 dark:text-slate-400">
            When off, the model sees only the text read from the screenshot, not the picture.
          </span>
        </div>
      )}
    </fieldset>
  );
}
