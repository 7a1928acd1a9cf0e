import type { Check } from "@/lib/extract/schema";
import type { Translator } from "@/lib/i18n";

/**
 * The checks a field row should be marked with: those about the field itself or anything
 * under it (`rows.3` gets the checks on `rows.3.amount`), except passes, and except
 * `not_seen`, which the row already shows with its "not seen in the image" marker.
 */
export function markedChecks(checks: readonly Check[], path: string): Check[] {
  return checks.filter(
    (check) =>
      check.status !== "pass" &&
      check.code !== "not_seen" &&
      check.field !== undefined &&
      (check.field === path || check.field.startsWith(`${path}.`)),
  );
}

/** The values a sum check adds up besides the field it names. */
const SUM_PARTS: Record<string, readonly string[]> = {
  amounts_sum: ["subtotal", "tax", "rounding", "total"],
  items_subtotal: ["subtotal", "items"],
  items_sum: ["tax", "rounding", "total", "items"],
};

/**
 * Whether a person's corrections touch a check's values, so that what it says may be out of
 * date: the field it names, or, for a sum, any of the amounts it adds (`tax` for `amounts_sum`,
 * `items.2.amount` for `items_sum`).
 */
export function checkTouchedBy(check: Check, correctedPaths: readonly string[]): boolean {
  if (check.field !== undefined && correctedPaths.includes(check.field)) return true;
  const parts = Object.hasOwn(SUM_PARTS, check.code) ? SUM_PARTS[check.code] : undefined;
  return (
    parts !== undefined &&
    correctedPaths.some((path) => parts.some((part) => path === part || path.startsWith(`${part}.`)))
  );
}

/**
 * Codes that are a reason to look again rather than an error: the value may well be right.
 * They are shown in the warning style whatever their status.
 */
export const calmCheckCodes: ReadonlySet<string> = new Set(["local_disagrees", "not_seen"]);

/** The status a check is shown with: `local_disagrees` and `not_seen` never look like failures. */
export function shownStatus(check: Check): Check["status"] {
  return check.status === "fail" && calmCheckCodes.has(check.code) ? "warn" : check.status;
}

/** How a check reads in the interface: a short title, the sentence, and the server's words. */
export interface CheckText {
  /** A short title for known codes (`Sum of items`, `明細の合計`). */
  title: string | undefined;
  text: string;
  /** The server's own message, when the sentence shown is a translation of it. */
  original: string | undefined;
}

/**
 * The words for a check. In English, the server's message (it names the values); in another
 * language, a translation for known codes (`valueAt` gives the value the check is about),
 * with the server's message kept for a tooltip; unknown codes keep the server's message.
 */
export function describeCheck(
  check: Check,
  tr: Translator,
  valueAt: (path: string) => string | number | null | undefined = () => undefined,
): CheckText {
  const title = tr.lookup(`check.${check.code}`);
  const value = check.field !== undefined ? valueAt(check.field) : undefined;
  const params = value === undefined || value === null ? undefined : { value };
  const note =
    tr.lookup(`check.${check.code}.${check.status}`, params) ?? tr.lookup(`check.${check.code}.note`, params);
  const usable = note !== undefined && !note.includes("{value}");
  if (tr.locale === "en" || !usable) {
    return { title, text: check.message || (usable ? note : ""), original: undefined };
  }
  return { title, text: note, original: check.message || undefined };
}
