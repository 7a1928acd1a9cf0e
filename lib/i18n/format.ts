import { defaultLocale, intlLocales, type Locale, translator } from "@/lib/i18n";

/**
 * Amounts, dates and times as each language writes them, with `Intl`: `¥1,280` and
 * `2026年10月3日` in Japanese, `$12.45` and `Oct 3, 2026` in English. Formatters are cached:
 * lists format hundreds of values per render.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/**
 * ICU writes the yen sign full-width in Japanese (`￥1,280`); Japanese products and
 * everyone else write `¥1,280`.
 */
function halfWidthYen(text: string): string {
  return text.replace(/\uFFE5/g, "¥");
}

/** A currency code we can format: three letters. */
export function currencyCode(currency: string | null | undefined): string | null {
  const code = currency?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * An amount in its currency, e.g. `¥1,280` or `$12.45`. An unknown or missing currency code
 * gives the plain number, followed by the code when there is one.
 */
export function formatMoney(amount: number, currency: string | null | undefined, locale: Locale = defaultLocale) {
  const intl = intlLocales[locale];
  const code = currencyCode(currency);
  if (code) {
    try {
      const format = cached(
        `money|${intl}|${code}`,
        () => new Intl.NumberFormat(intl, { style: "currency", currency: code }),
      );
      return halfWidthYen(format.format(amount));
    } catch {
      // An unknown code: fall through to the plain number.
    }
  }
  const plain = formatNumber(amount, locale);
  const raw = currency?.trim();
  return raw ? `${plain} ${raw.toUpperCase()}` : plain;
}

/**
 * A signed adjustment such as a receipt's rounding: `+$0.02`, `−¥3`, `$0.00`. The sign is always
 * written, because "0.02" alone does not say whether it was added or taken off.
 */
export function formatAdjustment(amount: number, currency: string | null | undefined, locale: Locale = defaultLocale) {
  const money = formatMoney(Math.abs(amount), currency, locale);
  if (amount > 0) return `+${money}`;
  return amount < 0 ? `−${money}` : money;
}

/** A plain number with the locale's grouping: `1,280`, `12.45`. */
export function formatNumber(value: number, locale: Locale = defaultLocale, maximumFractionDigits = 2): string {
  const intl = intlLocales[locale];
  return cached(
    `number|${intl}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(intl, { maximumFractionDigits }),
  ).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

/** A calendar date `YYYY-MM-DD` as a Date at UTC midnight, or null when it is not one. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * A document's date (`2026-10-03`) for reading: `Oct 3, 2026`, `2026年10月3日`. Anything
 * that is not a real calendar date is shown as it was read.
 */
export function formatDate(value: string, locale: Locale = defaultLocale): string {
  const date = parseIsoDate(value);
  if (!date) return value;
  const intl = intlLocales[locale];
  const format = cached(
    `date|${intl}`,
    () => new Intl.DateTimeFormat(intl, { dateStyle: locale === "ja" ? "long" : "medium", timeZone: "UTC" }),
  );
  return format.format(date);
}

/** A time of day (`08:42`) as the locale writes it: `8:42 AM`, `8:42`. Other text is kept. */
export function formatTime(value: string, locale: Locale = defaultLocale): string {
  const match = TIME.exec(value);
  if (!match) return value;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return value;
  const intl = intlLocales[locale];
  const format = cached(
    `time|${intl}`,
    () => new Intl.DateTimeFormat(intl, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }),
  );
  return format.format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** A moment (an ISO timestamp) with date and time, in the reader's time zone. */
export function formatDateTime(value: string | Date, locale: Locale = defaultLocale): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const intl = intlLocales[locale];
  return cached(
    `datetime|${intl}`,
    () => new Intl.DateTimeFormat(intl, { dateStyle: "medium", timeStyle: "short" }),
  ).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** How long ago a moment was: `5 minutes ago`, `yesterday`, `3 分前`, `昨日`. */
export function formatTimeAgo(value: string | Date, now: Date | number = Date.now(), locale: Locale = defaultLocale) {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const seconds = Math.round((date.getTime() - (typeof now === "number" ? now : now.getTime())) / 1000);
  if (Math.abs(seconds) < 45) return translator(locale).t("time.justNow");
  const intl = intlLocales[locale];
  const format = cached(`relative|${intl}`, () => new Intl.RelativeTimeFormat(intl, { numeric: "auto" }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), "minute");
}

/** A currency's name for a tooltip: `Japanese Yen`, `日本円`; null for an unknown code. */
export function currencyName(currency: string | null | undefined, locale: Locale = defaultLocale): string | null {
  const code = currencyCode(currency);
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames(intlLocales[locale], { type: "currency" }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}
