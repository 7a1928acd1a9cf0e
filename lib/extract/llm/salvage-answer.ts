import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { isRecord } from "@/lib/extract/llm/normalise-answer";

/**
 * The last resort for an answer that still does not fit after the model was asked to correct
 * it: keep every value that fits, and give each one that does not the local rules' reading of
 * the same words (or leave it empty when they have none), each replacement noted so the user
 * sees it. An item or row that cannot be made whole is left out, also noted. Only an answer
 * with no usable value of the model's at all fails.
 */

export type AnswerPath = (string | number)[];

/** One value of the model's that was not used. */
export interface ReplacedValue {
  /** Where in the answer, e.g. `["date"]`, `["rows", 3, "amount"]`. */
  path: AnswerPath;
  /** What the model wrote there (undefined when it wrote nothing). */
  modelValue: unknown;
  /** Why it was not used: the validation message. */
  reason: string;
  /** What took its place: the local rules' value, `null` (left empty) or `"dropped"` (its item or row was left out). */
  replacement: { by: "local"; value: string | number } | { by: "empty" } | { by: "dropped" };
}

export interface SalvageOptions<T> {
  schema: z.ZodType<T>;
  /** The local rules' value for this place in the answer, if they read one. */
  localValue: (path: AnswerPath, answer: unknown) => string | number | null | undefined;
  /** A value a required place takes when it is unusable and the rules read nothing (a list of items: empty). */
  requiredDefault?: (path: AnswerPath) => unknown;
}

/** Passes through the parse, never more: each pass fixes every reported place. */
const MAX_PASSES = 4;

export function salvageAnswer<T>(
  answer: unknown,
  options: SalvageOptions<T>,
): { answer: T; replaced: ReplacedValue[] } {
  if (!isRecord(answer)) throw unusable("it is not a JSON object");
  const current: unknown = structuredClone(answer);
  const replaced: ReplacedValue[] = [];
  const tried = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const parsed = options.schema.safeParse(current);
    if (parsed.success) {
      if (!hasModelValue(parsed.data, replaced)) throw unusable("none of its values fit");
      return { answer: parsed.data, replaced };
    }
    // One place can fail two checks (a pattern and a calendar date): it is handled once a pass.
    const handled = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
      if (path.length === 0) throw unusable(issue.message);
      const key = path.join(".");
      if (handled.has(key)) continue;
      handled.add(key);
      const modelValue = valueAt(answer, path);
      if (!tried.has(key)) {
        tried.add(key);
        const local = options.localValue(path, current);
        if (local !== null && local !== undefined) {
          setAt(current, path, local);
          replaced.push({ path, modelValue, reason: issue.message, replacement: { by: "local", value: local } });
          continue;
        }
        const fallback = options.requiredDefault?.(path);
        setAt(current, path, fallback === undefined ? null : fallback);
        if (fallback === undefined)
          replaced.push({ path, modelValue, reason: issue.message, replacement: { by: "empty" } });
        continue;
      }
      // Null did not fit either: the item or row it belongs to is left out.
      const element = path.findLastIndex((step) => typeof step === "number");
      if (element < 0) throw unusable(`${key}: ${issue.message}`);
      const elementPath = path.slice(0, element + 1);
      if (removeAt(current, elementPath)) {
        replaced.push({
          path: elementPath,
          modelValue: valueAt(answer, elementPath),
          reason: issue.message,
          replacement: { by: "dropped" },
        });
      }
      // Later indices shifted: the next pass reports them afresh.
      tried.clear();
      break;
    }
  }
  throw unusable("it could not be made to fit");
}

function unusable(reason: string): AppError {
  return new AppError(
    "llm_invalid_answer",
    `The model's answer does not fit the expected fields (${reason}), even after it was asked to correct it. It was not used.`,
    422,
  );
}

/** Whether at least one value in the answer is the model's own (not null, not replaced). */
function hasModelValue(answer: unknown, replaced: ReplacedValue[]): boolean {
  const replacedKeys = new Set(replaced.map((r) => r.path.join(".")));
  const visit = (value: unknown, path: AnswerPath): boolean => {
    if (replacedKeys.has(path.join("."))) return false;
    if (Array.isArray(value)) return value.some((element, index) => visit(element, [...path, index]));
    if (isRecord(value)) {
      return Object.entries(value).some(([key, inner]) => key !== "kind" && visit(inner, [...path, key]));
    }
    return value !== null && value !== undefined;
  };
  return visit(answer, []);
}

export function valueAt(root: unknown, path: AnswerPath): unknown {
  let value = root;
  for (const step of path) {
    if (Array.isArray(value) && typeof step === "number") value = value[step];
    else if (isRecord(value) && typeof step === "string") value = value[step];
    else return undefined;
  }
  return value;
}

function setAt(root: unknown, path: AnswerPath, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path.at(-1);
  if (Array.isArray(parent) && typeof last === "number") parent[last] = value;
  else if (isRecord(parent) && typeof last === "string") parent[last] = value;
}

function removeAt(root: unknown, path: AnswerPath): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path.at(-1);
  if (!Array.isArray(parent) || typeof last !== "number" || last >= parent.length) return false;
  parent.splice(last, 1);
  return true;
}
