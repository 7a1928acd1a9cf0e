import { ChecksList } from "@/components/checks-list";
import type { HighlightProps } from "@/components/highlight-props";
import { ReceiptFields } from "@/components/receipt-fields";
import { TransactionTable } from "@/components/transaction-table";
import { describeResult } from "@/lib/client/announce";
import type { JobResult } from "@/lib/extract/schema";

/** A finished job's result: a one-line summary, the fields or rows, and the checks. */
export function ResultPanel({ result, highlight, onHighlight }: { result: JobResult } & HighlightProps) {
  const { document } = result;
  const summary = describeResult(result);
  return (
    <section aria-label="Extracted data" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900 first-letter:uppercase dark:text-slate-50">{summary}</h3>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {result.extractor === "llm" ? "Read by the language model" : "Read by local rules"}
        </span>
      </div>
      <div className="rounded-xl border border-slate-200 py-1 dark:border-slate-800">
        {document.kind === "receipt" ? (
          <ReceiptFields receipt={document} highlight={highlight} onHighlight={onHighlight} />
        ) : (
          <TransactionTable list={document} highlight={highlight} onHighlight={onHighlight} />
        )}
      </div>
      <ChecksList checks={result.checks} />
    </section>
  );
}
