import { isRecord } from "@/lib/extract/llm/normalise-answer";
import { type AnswerPath, valueAt } from "@/lib/extract/llm/salvage-answer";
import type { ExtractedDocument, TransactionList } from "@/lib/extract/schema";

/**
 * The local rules' value for a place in a model's answer, for a field the model got wrong (see
 * salvage-answer.ts). A receipt's fields are looked up by name, its items by position when both
 * read as many; a list's rows by what the model did get right in the same row (its amount, or
 * its date and description), since a long list's chunks number their rows from zero.
 */
export function localValueAt(
  local: ExtractedDocument | null,
  path: AnswerPath,
  answer: unknown,
): string | number | null | undefined {
  if (!local) return undefined;
  const [first, index, field] = path;
  if (local.kind === "receipt") {
    if (path.length === 1 && typeof first === "string" && first !== "items" && first in local) {
      const value = (local as unknown as Record<string, unknown>)[first];
      return isRecord(value) ? (value.value as string | number | null) : undefined;
    }
    if (first === "items" && typeof index === "number" && (field === "description" || field === "amount")) {
      const items = valueAt(answer, ["items"]);
      if (!Array.isArray(items) || items.length !== local.items.length) return undefined;
      return local.items[index]?.[field].value;
    }
    return undefined;
  }
  if (local.kind === "transaction_list") {
    if (path.length === 1 && first === "currency") return local.currency.value;
    if (first !== "rows" || typeof index !== "number" || typeof field !== "string") return undefined;
    const row = valueAt(answer, ["rows", index]);
    const match = isRecord(row) ? matchingRow(local, row, field) : undefined;
    if (!match) return undefined;
    if (field === "direction") return match.direction;
    if (field === "date" || field === "description" || field === "amount") return match[field].value;
  }
  return undefined;
}

function matchingRow(local: TransactionList, row: Record<string, unknown>, broken: string) {
  const candidates = local.rows.filter((other) => {
    if (broken !== "amount" && typeof row.amount === "number") return other.amount.value === row.amount;
    return broken !== "date" && other.date.value === row.date && other.description.value === row.description;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}
