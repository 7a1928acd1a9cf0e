import { ChecksList } from "@/components/checks-list";
import { CustomFields } from "@/components/custom-fields";
import type { HighlightProps } from "@/components/highlight-props";
import { ReceiptFields } from "@/components/receipt-fields";
import { TransactionTable } from "@/components/transaction-table";
import { describeResult } from "@/lib/client/announce";
import type { JobResult } from "@/lib/extract/schema";

/**
 * A finished job's result: a one-line summary, the fields or rows (or a caller's own fields),
 * and the checks. Which extractor read it is said in the card's header.
 */
export function ResultPanel({ result, highlight, onHighlight }: { result: JobResult } & HighlightProps) {
  const { document, checks } = result;
  const summary = describeResult(result);
  const shared = { checks, highlight, onHighlight };
  return (
    <section aria-label="Extracted data" className="space-y-4">
      <h3 className="text-base font-semibold text-slate-900 first-letter:uppercase dark:text-slate-50">{summary}</h3>
      <div className="rounded-xl border border-slate-200 py-1 dark:border-slate-800">
        {document.kind === "receipt" && <ReceiptFields receipt={document} {...shared} />}
        {document.kind === "transaction_list" && <TransactionTable list={document} {...shared} />}
        {document.kind === "custom" && <CustomFields document={document} {...shared} />}
      </div>
      <ChecksList checks={checks} />
    </section>
  );
}
