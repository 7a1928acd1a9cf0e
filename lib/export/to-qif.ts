import type { LedgerEntry } from "@/lib/export/ledger";

/**
 * QIF (Quicken Interchange Format) for GnuCash, Firefly III's importer and older programs: one
 * `!Type:Bank` section, a record per transaction ending in `^`. Dates are written YYYY-MM-DD,
 * which GnuCash and Firefly III read without asking (QIF itself fixes no date format, and the
 * US `MM/DD/YY` would be misread in day-first countries). QIF has no currency field: a download
 * that mixes currencies says so in each memo.
 */
export function toQif(entries: LedgerEntry[]): string {
  const mixed = new Set(entries.map((entry) => entry.currency)).size > 1;
  const lines = ["!Type:Bank"];
  for (const entry of entries) {
    lines.push(`D${entry.date}`, `T${entry.amount.toFixed(decimalsOf(entry.amount))}`);
    if (entry.payee) lines.push(`P${oneLine(entry.payee)}`);
    const memo = [entry.memo, mixed && entry.currency ? entry.currency : null].filter(Boolean).join(" · ");
    if (memo) lines.push(`M${oneLine(memo)}`);
    lines.push(`N${entry.id}`, "^");
  }
  return `${lines.join("\n")}\n`;
}

/** A record's field is one line: line breaks (a multi-line description) become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Whole amounts stay whole (¥1280, ₩5000); others keep their cents. */
export function decimalsOf(amount: number): number {
  return Number.isInteger(amount) ? 0 : 2;
}
