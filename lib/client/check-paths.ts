import type { Check } from "@/lib/extract/schema";

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

/**
 * Codes that are a reason to look again rather than an error: the value may well be right.
 * They are shown in the warning style whatever their status.
 */
export const calmCheckCodes: Readonly<Record<string, string>> = {
  local_disagrees: "Local rules read it differently",
  not_seen: "Not seen in the image",
};

/** The status a check is shown with: `local_disagrees` and `not_seen` never look like failures. */
export function shownStatus(check: Check): Check["status"] {
  return check.status === "fail" && Object.hasOwn(calmCheckCodes, check.code) ? "warn" : check.status;
}
