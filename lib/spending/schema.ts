import { z } from "zod";
import { spendingPeriods } from "@/lib/spending/periods";

/**
 * What `GET /api/spending` answers: per currency, money in and out per week or month, and
 * where the money went. Amounts are positive numbers in the currency's major unit.
 */
export const spendingPeriodSchema = z.enum(spendingPeriods);

const moneyFlowSchema = z.object({
  in: z.number().min(0).describe("Money received."),
  out: z.number().min(0).describe("Money spent."),
  count: z.int().min(0).describe("Transactions counted."),
});
export type MoneyFlow = z.infer<typeof moneyFlowSchema>;

const periodFlowSchema = moneyFlowSchema.extend({
  start: z.iso.date().describe("The period's first day (a Monday for weeks)."),
});
export type PeriodFlow = z.infer<typeof periodFlowSchema>;

const merchantSpendingSchema = z.object({
  payee: z.string(),
  out: z.number().min(0),
  count: z.int().min(0),
});
export type MerchantSpending = z.infer<typeof merchantSpendingSchema>;

export const currencySpendingSchema = z.object({
  currency: z.string().nullable().describe("ISO 4217, or null where no currency was read."),
  totals: moneyFlowSchema,
  periods: z.array(periodFlowSchema).describe("The chart's bars, oldest first; empty periods inside the window kept."),
  earlier: moneyFlowSchema.describe("Transactions older than the chart's window: in the totals, not in a bar."),
  topMerchants: z.array(merchantSpendingSchema).describe("The payees that took the most money, most first."),
});
export type CurrencySpending = z.infer<typeof currencySpendingSchema>;

export const spendingSummarySchema = z.object({
  period: spendingPeriodSchema,
  currencies: z.array(currencySpendingSchema).describe("Most transactions first; currencies are never added up."),
  jobs: z.int().min(0).describe("Results counted (jobs with a result among those searched)."),
  skipped: z.int().min(0).describe("Rows left out because no amount was read."),
});
export type SpendingSummary = z.infer<typeof spendingSummarySchema>;

export const spendingQuerySchema = z.object({
  period: spendingPeriodSchema.default("month"),
  /** The history search: the chart sums what the list shows. */
  q: z.string().max(200).optional(),
});
