import { intlLocales, type Locale } from "@/lib/i18n";
import { currencyCode, parseIsoDate } from "@/lib/i18n/format";
import type { SpendingPeriod } from "@/lib/spending/periods";

/**
 * The chart's words: short labels under the bars (`Nov`, `11月`, `11/30`), full ones in the
 * tooltip and the table (`Nov 2026`, `2026年11月30日の週`), and compact amounts on the axis
 * (`$1.2K`, `¥1.2万`). Dates are calendar days, formatted in UTC so no zone shifts them.
 */
export function periodTick(start: string, period: SpendingPeriod, locale: Locale): string {
  const date = parseIsoDate(start);
  if (!date) return start;
  const options: Intl.DateTimeFormatOptions =
    period === "month" ? { month: "short", timeZone: "UTC" } : { month: "numeric", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocales[locale], options).format(date);
}

export function periodName(start: string, period: SpendingPeriod, locale: Locale): string {
  const date = parseIsoDate(start);
  if (!date) return start;
  const intl = intlLocales[locale];
  if (period === "month") {
    return new Intl.DateTimeFormat(intl, { year: "numeric", month: "long", timeZone: "UTC" }).format(date);
  }
  const day = new Intl.DateTimeFormat(intl, { dateStyle: locale === "ja" ? "long" : "medium", timeZone: "UTC" }).format(
    date,
  );
  return locale === "ja" ? `${day}の週` : `Week of ${day}`;
}

export function compactMoney(amount: number, currency: string | null, locale: Locale): string {
  const code = currencyCode(currency);
  const intl = intlLocales[locale];
  if (code) {
    try {
      return new Intl.NumberFormat(intl, { style: "currency", currency: code, notation: "compact" })
        .format(amount)
        .replace(/\uFFE5/g, "¥");
    } catch {
      // Not a currency Intl knows: the plain compact number below.
    }
  }
  return new Intl.NumberFormat(intl, { notation: "compact" }).format(amount);
}
