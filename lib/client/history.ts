import type { Translator } from "@/lib/i18n";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { JobSnapshot } from "@/lib/jobs/schema";

/** What a history row says about a job, from its summary (corrections applied). */
export interface HistoryLine {
  /** The main words: the merchant, `12 transactions`, or the file name. */
  title: string;
  /** Whether the title is the file name (then the file name is not repeated below). */
  titleIsFile: boolean;
  /** The kind of document, for a small tag; null before the job has a result. */
  kind: string | null;
  /** The total with its currency: `¥1,280`; null when there is none. */
  amount: string | null;
  /** The document's date, localised: `2026年10月3日`; null when there is none. */
  date: string | null;
}

/** The row's words for a job, in the reader's language. */
export function historyLine(job: Pick<JobSnapshot, "fileName" | "summary">, tr: Translator): HistoryLine {
  const { summary } = job;
  const kind = summary.kind ? tr.t(`history.kind.${summary.kind}`) : null;
  const amount = summary.total !== null ? formatMoney(summary.total, summary.currency, tr.locale) : null;
  const date = summary.date ? formatDate(summary.date, tr.locale) : null;
  if (summary.kind === "transaction_list") {
    return { title: tr.tn("history.rows", summary.rows ?? 0), titleIsFile: false, kind, amount, date };
  }
  if (summary.kind === "receipt") {
    return { title: summary.merchant ?? tr.t("history.noMerchant"), titleIsFile: false, kind, amount, date };
  }
  if (summary.merchant) return { title: summary.merchant, titleIsFile: false, kind, amount, date };
  return { title: job.fileName, titleIsFile: true, kind, amount, date };
}

/** The history page's address for a search: `/history?q=1280`, `/history` for none. */
export function historyHref(query: string): string {
  const q = query.trim();
  return q ? `/history?${new URLSearchParams({ q })}` : "/history";
}

/** The main page opened at a job. */
export function jobHref(id: string): string {
  return `/?${new URLSearchParams({ job: id })}`;
}
