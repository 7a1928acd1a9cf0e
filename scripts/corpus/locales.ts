/**
 * The nine locales of the corpus: label language, currency, how dates and the clock read, the
 * fixed UTC offset of the wall clock (no daylight saving: a sample is one instant, named in it)
 * and the fonts a phone in that market renders with (system fonts only, nothing from the network).
 */
import type { NumericOrder } from "./dates";
import type { CurrencyCode } from "./money";

export const LOCALE_IDS = ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"] as const;
export type LocaleId = (typeof LOCALE_IDS)[number];

/** The language labels are written in. */
export type Language = "en" | "ja" | "de" | "fr" | "ko" | "zh";

export interface Locale {
  id: LocaleId;
  language: Language;
  /** The `lang` attribute of the page, which also picks CJK glyph variants. */
  htmlLang: string;
  currency: CurrencyCode;
  /** Numeric dates: 04/12/2026 is 4 December outside the US; East Asia writes 2026/12/04. */
  numericOrder: NumericOrder;
  /** Status bars of this market's phones mostly show a 12-hour clock. */
  twelveHourClock: boolean;
  /** Minutes east of UTC, for capturedAt. */
  utcOffsetMinutes: number;
  /** CSS font stacks: the UI face and a monospace face for receipts. */
  font: { sans: string; serif: string; mono: string };
}

const LATIN = {
  sans: '"DejaVu Sans", "Noto Sans CJK JP", sans-serif',
  serif: '"DejaVu Serif", "Noto Serif CJK JP", serif',
  mono: '"DejaVu Sans Mono", "Noto Sans Mono CJK JP", monospace',
};

const cjk = (region: "JP" | "KR" | "TC") => ({
  sans: `"Noto Sans CJK ${region}", "DejaVu Sans", sans-serif`,
  serif: `"Noto Serif CJK ${region}", "DejaVu Serif", serif`,
  mono: `"Noto Sans Mono CJK ${region}", "DejaVu Sans Mono", monospace`,
});

export const LOCALES: Record<LocaleId, Locale> = {
  "en-US": {
    id: "en-US",
    language: "en",
    htmlLang: "en-US",
    currency: "USD",
    numericOrder: "mdy",
    twelveHourClock: true,
    utcOffsetMinutes: -300,
    font: LATIN,
  },
  "en-GB": {
    id: "en-GB",
    language: "en",
    htmlLang: "en-GB",
    currency: "GBP",
    numericOrder: "dmy",
    twelveHourClock: false,
    utcOffsetMinutes: 0,
    font: LATIN,
  },
  "en-MY": {
    id: "en-MY",
    language: "en",
    htmlLang: "en-MY",
    currency: "MYR",
    numericOrder: "dmy",
    twelveHourClock: true,
    utcOffsetMinutes: 480,
    font: LATIN,
  },
  "en-SG": {
    id: "en-SG",
    language: "en",
    htmlLang: "en-SG",
    currency: "SGD",
    numericOrder: "dmy",
    twelveHourClock: true,
    utcOffsetMinutes: 480,
    font: LATIN,
  },
  "ja-JP": {
    id: "ja-JP",
    language: "ja",
    htmlLang: "ja",
    currency: "JPY",
    numericOrder: "ymd",
    twelveHourClock: false,
    utcOffsetMinutes: 540,
    font: cjk("JP"),
  },
  "de-DE": {
    id: "de-DE",
    language: "de",
    htmlLang: "de",
    currency: "EUR",
    numericOrder: "dmy",
    twelveHourClock: false,
    utcOffsetMinutes: 60,
    font: LATIN,
  },
  "fr-FR": {
    id: "fr-FR",
    language: "fr",
    htmlLang: "fr",
    currency: "EUR",
    numericOrder: "dmy",
    twelveHourClock: false,
    utcOffsetMinutes: 60,
    font: LATIN,
  },
  "ko-KR": {
    id: "ko-KR",
    language: "ko",
    htmlLang: "ko",
    currency: "KRW",
    numericOrder: "ymd",
    twelveHourClock: false,
    utcOffsetMinutes: 540,
    font: cjk("KR"),
  },
  "zh-TW": {
    id: "zh-TW",
    language: "zh",
    htmlLang: "zh-Hant-TW",
    currency: "TWD",
    numericOrder: "ymd",
    twelveHourClock: false,
    utcOffsetMinutes: 480,
    font: cjk("TC"),
  },
};
