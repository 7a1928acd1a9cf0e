import type { ExtractInput } from "@/lib/extract/extractor";
import type { ReplacedValue } from "@/lib/extract/llm/salvage-answer";
import type { Check } from "@/lib/extract/schema";

/**
 * The user sees every value of the model's that was not used: each becomes a `warn` check on
 * its field's path — `model_value_replaced` when the local rules' reading stands in for it,
 * `model_value_dropped` when nothing does (the field is left empty, or its item or row left out).
 */
export function replacementChecks(replaced: ReplacedValue[]): Check[] {
  return replaced.map(({ path, modelValue, reason, replacement }) => {
    const field = path.join(".");
    const wrote = modelValue === undefined ? "nothing" : `“${shorten(modelValue)}”`;
    if (replacement.by === "local") {
      return {
        code: "model_value_replaced",
        status: "warn",
        field,
        message: `The model wrote ${wrote} for ${field}, which is not usable (${reason}); the local rules' reading “${replacement.value}” is shown instead.`,
      };
    }
    const what = replacement.by === "dropped" ? `${path[0] === "rows" ? "row" : "item"} ${field}` : field;
    return {
      code: "model_value_dropped",
      status: "warn",
      field,
      message:
        replacement.by === "dropped"
          ? `The model's ${what} could not be used (${reason}) and was left out.`
          : `The model wrote ${wrote} for ${field}, which is not usable (${reason}), and the local rules read nothing there: it is left empty.`,
    };
  });
}

function shorten(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Hands the checks for the replaced values to the pipeline, which adds them to the result. */
export function reportReplaced(input: Pick<ExtractInput, "onCheck">, replaced: ReplacedValue[]): void {
  for (const check of replacementChecks(replaced)) input.onCheck?.(check);
}
