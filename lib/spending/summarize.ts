import type { LedgerEntry } from "@/lib/export/ledger";
import { fromMinor, minorDigits, toMinor } from "@/lib/spending/money";
import { isCalendarDay, periodStart, periodsEndingAt, type SpendingPeriod } from "@/lib/spending/periods";
import type { CurrencySpending, MerchantSpending, MoneyFlow, SpendingSummary } from "@/lib/spending/schema";

/**
 * Spending over time from the ledger (the same transactions OFX and QIF exports hold, with
 * corrections applied): per currency, money in and out per week or month, and where the money
 * went. Currencies are never added together; amounts without a currency are their own group.
 */
export interface SummaryOptions {
  period: SpendingPeriod;
  /** Bars in the chart: the window ends at the newest period with a transaction. */
  periods?: number;
  topMerchants?: number;
}

export const DEFAULT_WINDOW: Record<SpendingPeriod, number> = { week: 12, month: 12 };
const TOP_MERCHANTS = 5;

/** Running sums in minor units (exact), turned into major units at the end. */
interface Tally {
  in: number;
  out: number;
  count: number;
}

const emptyTally = (): Tally => ({ in: 0, out: 0, count: 0 });

function add(tally: Tally, minor: number): void {
  if (minor >= 0) tally.in += minor;
  else tally.out -= minor;
  tally.count++;
}

const toFlow = (tally: Tally, digits: number): MoneyFlow => ({
  in: fromMinor(tally.in, digits),
  out: fromMinor(tally.out, digits),
  count: tally.count,
});

/** Payees as OCR writes them vary in case and spacing: "STARBUCKS  Shibuya" = "Starbucks Shibuya". */
const payeeKey = (payee: string) => payee.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** The chart's figures; `jobs` and `skipped` are the caller's to fill (it knows the jobs). */
export function summarizeSpending(
  entries: LedgerEntry[],
  options: SummaryOptions,
): Pick<SpendingSummary, "period" | "currencies"> {
  const byCurrency = new Map<string | null, LedgerEntry[]>();
  for (const entry of entries) {
    if (!isCalendarDay(entry.date) || !Number.isFinite(entry.amount)) continue;
    const key = entry.currency?.toUpperCase() ?? null;
    byCurrency.set(key, [...(byCurrency.get(key) ?? []), entry]);
  }
  const currencies = [...byCurrency.entries()]
    .map(([currency, group]) => summarizeCurrency(currency, group, options))
    .sort((a, b) => b.totals.count - a.totals.count || String(a.currency).localeCompare(String(b.currency)));
  return { period: options.period, currencies };
}

function summarizeCurrency(currency: string | null, entries: LedgerEntry[], options: SummaryOptions): CurrencySpending {
  const digits = minorDigits(currency);
  const totals = emptyTally();
  const earlier = emptyTally();
  const byPeriod = new Map<string, Tally>();
  for (const entry of entries) {
    const minor = toMinor(entry.amount, digits);
    add(totals, minor);
    const start = periodStart(entry.date, options.period);
    const tally = byPeriod.get(start) ?? emptyTally();
    add(tally, minor);
    byPeriod.set(start, tally);
  }
  const newest = [...byPeriod.keys()].sort().at(-1) as string;
  const window = periodsEndingAt(newest, options.period, options.periods ?? DEFAULT_WINDOW[options.period]);
  const first = window[0] as string;
  for (const [start, tally] of byPeriod) {
    if (start >= first) continue;
    earlier.in += tally.in;
    earlier.out += tally.out;
    earlier.count += tally.count;
  }
  // Trim leading empty bars: a first month of use should not show eleven empty months before it.
  const firstWithData = window.findIndex((start) => byPeriod.has(start));
  const periods = window.slice(earlier.count > 0 ? 0 : firstWithData).map((start) => ({
    start,
    ...toFlow(byPeriod.get(start) ?? emptyTally(), digits),
  }));
  return {
    currency,
    totals: toFlow(totals, digits),
    periods,
    earlier: toFlow(earlier, digits),
    topMerchants: topMerchants(entries, digits, options.topMerchants ?? TOP_MERCHANTS),
  };
}

function topMerchants(entries: LedgerEntry[], digits: number, count: number): MerchantSpending[] {
  const groups = new Map<string, { names: Map<string, number>; out: number; count: number }>();
  for (const entry of entries) {
    if (entry.amount >= 0 || !entry.payee?.trim()) continue;
    const key = payeeKey(entry.payee);
    const group = groups.get(key) ?? { names: new Map(), out: 0, count: 0 };
    const name = entry.payee.replace(/\s+/g, " ").trim();
    group.names.set(name, (group.names.get(name) ?? 0) + 1);
    group.out -= toMinor(entry.amount, digits);
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      // The spelling seen most often stands for the group.
      payee: [...group.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "",
      out: group.out,
      count: group.count,
    }))
    .sort((a, b) => b.out - a.out || a.payee.localeCompare(b.payee))
    .slice(0, count)
    .map((merchant) => ({ ...merchant, out: fromMinor(merchant.out, digits) }));
}
