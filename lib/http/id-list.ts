import { z } from "zod";

/**
 * A query parameter holding job ids separated by commas (`?ids=a,b`, `?jobs=a,b`): trimmed,
 * blanks dropped, repeats counted once, in the order given, from 1 to `max` ids.
 */
export function idListSchema(max: number) {
  return z
    .string()
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string()).min(1).max(max));
}
