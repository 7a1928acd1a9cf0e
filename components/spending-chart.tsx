"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { compactMoney, periodName, periodTick } from "@/lib/client/spending-labels";
import { formatMoney } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { SpendingPeriod } from "@/lib/spending/periods";
import type { CurrencySpending } from "@/lib/spending/schema";

/** Mid-tone colours read on both the light and the dark page. */
const OUT_COLOUR = "#f43f5e";
const IN_COLOUR = "#10b981";
const AXIS_COLOUR = "#94a3b8";

/**
 * Money out and in per period for one currency, as bars. The chart is a picture: the same
 * figures are in the table beside it (SpendingTable), which is what screen readers get.
 */
export function SpendingChart({ spending, period }: { spending: CurrencySpending; period: SpendingPeriod }) {
  const { t, locale } = useI18n();
  const currency = spending.currency;
  const showIn = spending.totals.in > 0;
  return (
    <div aria-hidden="true" className="h-56 w-full sm:h-64" data-testid="spending-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={spending.periods} margin={{ top: 8, right: 4, bottom: 0, left: 4 }} barGap={2}>
          <CartesianGrid vertical={false} stroke={AXIS_COLOUR} strokeOpacity={0.25} />
          <XAxis
            dataKey="start"
            tickFormatter={(start: string) => periodTick(start, period, locale)}
            tick={{ fill: AXIS_COLOUR, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            interval="preserveStartEnd"
          />
          <YAxis
            tickFormatter={(amount: number) => compactMoney(amount, currency, locale)}
            tick={{ fill: AXIS_COLOUR, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            width={56}
          />
          <Tooltip
            cursor={{ fill: AXIS_COLOUR, fillOpacity: 0.12 }}
            labelFormatter={(start) => periodName(String(start), period, locale)}
            formatter={(amount, name) => [
              formatMoney(Number(amount), currency, locale),
              name === "out" ? t("spending.out") : t("spending.in"),
            ]}
            contentStyle={{ borderRadius: 12, fontSize: 13 }}
          />
          <Bar dataKey="out" name="out" fill={OUT_COLOUR} radius={[4, 4, 0, 0]} maxBarSize={40} />
          {showIn && <Bar dataKey="in" name="in" fill={IN_COLOUR} radius={[4, 4, 0, 0]} maxBarSize={40} />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The legend's swatches, in the chart's colours. */
export function SpendingSwatch({ direction }: { direction: "out" | "in" }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-2.5 rounded-sm"
      style={{ backgroundColor: direction === "out" ? OUT_COLOUR : IN_COLOUR }}
    />
  );
}
