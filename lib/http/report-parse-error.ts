import type { z } from "zod";

/**
 * Runs a setting's parser inside a zod refinement and reports the parser's own message (which
 * names the bad entry) as the issue, so `env()` says what is wrong with the variable.
 */
export function reportParseError(parse: () => unknown, context: z.RefinementCtx): void {
  try {
    parse();
  } catch (error) {
    context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
  }
}
