import { AppError } from "@/lib/errors";

/**
 * The JSON object in a model's answer. Endpoints with strict structured output send nothing
 * else; models without it wrap it in ```json fences, put a sentence before or after it, or leave
 * a comma before a closing bracket. The object is the first `{` to its matching `}` (strings and
 * escapes respected); trailing commas outside strings are dropped. Anything that still is not
 * JSON fails with `llm_invalid_json`.
 */
export function parseLenientJson(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    // Not plain JSON: look for the object inside.
  }
  const object = outermostObject(trimmed);
  if (object !== null) {
    try {
      return JSON.parse(withoutTrailingCommas(object));
    } catch {
      // Fall through to the failure below.
    }
  }
  throw new AppError("llm_invalid_json", "The model's answer is not valid JSON, so it was not used.", 422);
}

/** From the first `{` to the `}` that closes it, or null when it is never closed. */
function outermostObject(text: string): string | null {
  const start = text.indexOf("{");
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

function withoutTrailingCommas(json: string): string {
  let result = "";
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i] ?? "";
    if (inString) {
      result += char;
      if (char === "\\") result += json[++i] ?? "";
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ",") {
      const next = json.slice(i + 1).match(/^\s*(.)/)?.[1];
      if (next === "}" || next === "]") continue;
    }
    result += char;
  }
  return result;
}
