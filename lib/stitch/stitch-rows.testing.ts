import type { TransactionRow } from "@/lib/extract/schema";

/** A row as an extractor would return it, for the stitch tests; `null` leaves a value unread. */
export function row(
  date: string | null,
  description: string | null,
  amount: number | null,
  options: { direction?: "in" | "out"; y?: number; confidence?: number } = {},
): TransactionRow {
  const y = options.y ?? 0;
  const confidence = options.confidence ?? 0.9;
  const field = <T>(value: T | null, x0: number) => ({
    value,
    text: value === null ? null : String(value),
    box: value === null ? null : { x0, y0: y, x1: x0 + 100, y1: y + 30 },
    confidence: value === null ? 0 : confidence,
    seen: value !== null,
  });
  return {
    date: field(date, 20),
    description: field(description, 150),
    amount: field(amount, 600),
    direction: options.direction ?? "out",
  };
}

/** The rows of a list in a compact form for assertions: "date description amount". */
export function rowLines(rows: readonly TransactionRow[]): string[] {
  return rows.map((r) => `${r.date.value ?? "?"} ${r.description.value ?? "?"} ${r.amount.value ?? "?"}`);
}
