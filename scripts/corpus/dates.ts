/**
 * Dates and times as apps print them, per label language, and the calendar arithmetic the
 * generator needs (all in plain Y-M-D, no time zones: a sample lives in its locale's wall clock).
 */
import type { Hm, Ymd } from "../fixtures/format";
import type { Language } from "./locales";

export type { Hm, Ymd };

export const pad2 = (n: number): string => String(n).padStart(2, "0");
export const isoDate = ({ y, m, d }: Ymd): string => `${y}-${pad2(m)}-${pad2(d)}`;
export const hm24 = ({ h, min }: Hm): string => `${pad2(h)}:${pad2(min)}`;

const toUtc = ({ y, m, d }: Ymd): number => Date.UTC(y, m - 1, d);
const fromUtc = (t: number): Ymd => {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

export const addDays = (ymd: Ymd, days: number): Ymd => fromUtc(toUtc(ymd) + days * 86_400_000);
export const compareYmd = (a: Ymd, b: Ymd): number => toUtc(a) - toUtc(b);
export const sameYmd = (a: Ymd, b: Ymd): boolean => compareYmd(a, b) === 0;
export const minutes = (t: Hm): number => t.h * 60 + t.min;
/** 0 = Sunday. */
export const weekday = (ymd: Ymd): number => new Date(toUtc(ymd)).getUTCDay();

const MONTHS: Record<Language, { short: readonly string[]; long: readonly string[] }> = {
  en: {
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    long: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
  },
  de: {
    short: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    long: [
      "Januar",
      "Februar",
      "März",
      "April",
      "Mai",
      "Juni",
      "Juli",
      "August",
      "September",
      "Oktober",
      "November",
      "Dezember",
    ],
  },
  fr: {
    short: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    long: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
  },
  ja: { short: [], long: [] },
  ko: { short: [], long: [] },
  zh: { short: [], long: [] },
};

const WEEKDAYS: Record<Language, readonly string[]> = {
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  de: ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."],
  fr: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
  ja: ["日", "月", "火", "水", "木", "金", "土"],
  ko: ["일", "월", "화", "수", "목", "금", "토"],
  zh: ["日", "一", "二", "三", "四", "五", "六"],
};

const month = (lang: Language, m: number, form: "short" | "long"): string => {
  const name = MONTHS[lang][form][m - 1];
  if (name === undefined) throw new Error(`no ${form} month ${m} for ${lang}`);
  return name;
};

export const weekdayName = (lang: Language, ymd: Ymd): string => WEEKDAYS[lang][weekday(ymd)] ?? "";

/** A full date (with its year) as one kind of app prints it. */
export type DateFormat = (ymd: Ymd) => string;

/** Full-date formats, by label language, weighted by how common they are. */
export const FULL_DATE_FORMATS: Record<Language, readonly (readonly [string, DateFormat, number])[]> = {
  en: [
    ["mdy-short", ({ y, m, d }) => `${month("en", m, "short")} ${d}, ${y}`, 4],
    ["mdy-long", ({ y, m, d }) => `${month("en", m, "long")} ${d}, ${y}`, 1],
    ["dmy-short", ({ y, m, d }) => `${d} ${month("en", m, "short")} ${y}`, 4],
    ["dmy-long", ({ y, m, d }) => `${d} ${month("en", m, "long")} ${y}`, 1],
    ["iso", isoDate, 1],
  ],
  de: [
    ["dotted", ({ y, m, d }) => `${pad2(d)}.${pad2(m)}.${y}`, 4],
    ["long", ({ y, m, d }) => `${d}. ${month("de", m, "long")} ${y}`, 3],
    ["short", ({ y, m, d }) => `${d}. ${month("de", m, "short")} ${y}`, 2],
    ["iso", isoDate, 1],
  ],
  fr: [
    ["slashed", ({ y, m, d }) => `${pad2(d)}/${pad2(m)}/${y}`, 4],
    ["short", ({ y, m, d }) => `${d} ${month("fr", m, "short")} ${y}`, 3],
    ["long", ({ y, m, d }) => `${d} ${month("fr", m, "long")} ${y}`, 2],
  ],
  ja: [
    ["kanji", ({ y, m, d }) => `${y}年${m}月${d}日`, 5],
    ["slashed", ({ y, m, d }) => `${y}/${pad2(m)}/${pad2(d)}`, 4],
    ["wareki", ({ y, m, d }) => `令和${y - 2018}年${m}月${d}日`, 1],
  ],
  ko: [
    ["dotted", ({ y, m, d }) => `${y}.${pad2(m)}.${pad2(d)}`, 5],
    ["hangul", ({ y, m, d }) => `${y}년 ${m}월 ${d}일`, 3],
    ["iso", isoDate, 1],
  ],
  zh: [
    ["kanji", ({ y, m, d }) => `${y}年${m}月${d}日`, 4],
    ["slashed", ({ y, m, d }) => `${y}/${pad2(m)}/${pad2(d)}`, 4],
    ["iso", isoDate, 1],
    ["roc", ({ y, m, d }) => `民國${y - 1911}年${m}月${d}日`, 1],
  ],
};

export type NumericOrder = "dmy" | "mdy" | "ymd";

/** `04/12/2026`, `12/04/2026` or `2026/12/04`, by region: the only place en-US and en-GB differ. */
export function numericDate(ymd: Ymd, order: NumericOrder): string {
  if (order === "ymd") return `${ymd.y}/${pad2(ymd.m)}/${pad2(ymd.d)}`;
  return order === "dmy" ? `${pad2(ymd.d)}/${pad2(ymd.m)}/${ymd.y}` : `${pad2(ymd.m)}/${pad2(ymd.d)}/${ymd.y}`;
}

/** `04/12`, `12/04` or `12/04` (East Asia puts the month first too): a year-less numeric date. */
export const numericDayMonth = (ymd: Ymd, order: NumericOrder): string =>
  order === "dmy" ? `${pad2(ymd.d)}/${pad2(ymd.m)}` : `${pad2(ymd.m)}/${pad2(ymd.d)}`;

/** A date without its year, as list rows under a month header print it. */
export const YEARLESS_DATE_FORMATS: Record<Language, readonly (readonly [string, DateFormat, number])[]> = {
  en: [
    ["md-short", ({ m, d }) => `${month("en", m, "short")} ${d}`, 3],
    ["dm-short", ({ m, d }) => `${d} ${month("en", m, "short")}`, 3],
  ],
  de: [
    ["dotted", ({ m, d }) => `${pad2(d)}.${pad2(m)}.`, 3],
    ["short", ({ m, d }) => `${d}. ${month("de", m, "short")}`, 2],
  ],
  fr: [
    ["short", ({ m, d }) => `${d} ${month("fr", m, "short")}`, 3],
    ["slashed", ({ m, d }) => `${pad2(d)}/${pad2(m)}`, 2],
  ],
  ja: [
    ["kanji", ({ m, d }) => `${m}月${d}日`, 3],
    ["slashed", ({ m, d }) => `${m}/${d}`, 2],
  ],
  ko: [
    ["hangul", ({ m, d }) => `${m}월 ${d}일`, 3],
    ["dotted", ({ m, d }) => `${pad2(m)}.${pad2(d)}`, 2],
  ],
  zh: [
    ["kanji", ({ m, d }) => `${m}月${d}日`, 3],
    ["slashed", ({ m, d }) => `${pad2(m)}/${pad2(d)}`, 2],
  ],
};

/** `December 2026`, `2026年12月`, `2026년 12월`: a month header over year-less rows. */
export function monthHeader(lang: Language, { y, m }: Ymd): string {
  switch (lang) {
    case "ja":
    case "zh":
      return `${y}年${m}月`;
    case "ko":
      return `${y}년 ${m}월`;
    case "de":
    case "fr":
    case "en":
      return `${month(lang, m, "long").replace(/^./, (c) => (lang === "fr" ? c : c.toUpperCase()))} ${y}`;
  }
}

export const RELATIVE: Record<Language, { today: string; yesterday: string }> = {
  en: { today: "Today", yesterday: "Yesterday" },
  de: { today: "Heute", yesterday: "Gestern" },
  fr: { today: "Aujourd'hui", yesterday: "Hier" },
  ja: { today: "今日", yesterday: "昨日" },
  ko: { today: "오늘", yesterday: "어제" },
  zh: { today: "今天", yesterday: "昨天" },
};

/** `Today` / `Yesterday` when `ymd` is that relative to `now`, else null. */
export function relativeDay(lang: Language, ymd: Ymd, now: Ymd): string | null {
  if (sameYmd(ymd, now)) return RELATIVE[lang].today;
  if (sameYmd(ymd, addDays(now, -1))) return RELATIVE[lang].yesterday;
  return null;
}

/** A time of day as one kind of app prints it. */
export type TimeFormat = (t: Hm) => string;

const h12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);

export const TIME_FORMATS: Record<Language, readonly (readonly [string, TimeFormat, number])[]> = {
  en: [
    ["12h", (t) => `${h12(t.h)}:${pad2(t.min)} ${t.h < 12 ? "AM" : "PM"}`, 3],
    ["12h-lower", (t) => `${h12(t.h)}:${pad2(t.min)} ${t.h < 12 ? "am" : "pm"}`, 1],
    ["24h", hm24, 2],
  ],
  de: [
    ["24h", hm24, 3],
    ["uhr", (t) => `${hm24(t)} Uhr`, 2],
  ],
  fr: [
    ["24h", hm24, 3],
    ["h", (t) => `${pad2(t.h)}h${pad2(t.min)}`, 1],
  ],
  ja: [
    ["24h", hm24, 5],
    ["gogo", (t) => `${t.h < 12 ? "午前" : "午後"}${h12(t.h)}:${pad2(t.min)}`, 1],
  ],
  ko: [
    ["24h", hm24, 3],
    ["ohu", (t) => `${t.h < 12 ? "오전" : "오후"} ${h12(t.h)}:${pad2(t.min)}`, 2],
  ],
  zh: [
    ["24h", hm24, 3],
    ["xiawu", (t) => `${t.h < 12 ? "上午" : "下午"} ${h12(t.h)}:${pad2(t.min)}`, 1],
  ],
};

/** Status-bar clock: `9:41` (12-hour phones show no AM/PM), or `21:41`. */
export const statusClock = (t: Hm, twelveHour: boolean): string => `${twelveHour ? h12(t.h) : t.h}:${pad2(t.min)}`;

/**
 * Every way this module can print a date, the relative words and year-less forms included: what
 * the corpus test looks for in a page's text to prove the truth's date is on screen.
 */
export function dateSpellings(ymd: Ymd, now: Ymd): string[] {
  const out = new Set<string>([
    isoDate(ymd),
    numericDate(ymd, "dmy"),
    numericDate(ymd, "mdy"),
    numericDate(ymd, "ymd"),
  ]);
  for (const lang of Object.keys(FULL_DATE_FORMATS) as Language[]) {
    for (const [, format] of FULL_DATE_FORMATS[lang]) out.add(format(ymd));
    for (const [, format] of YEARLESS_DATE_FORMATS[lang]) out.add(format(ymd));
    const relative = relativeDay(lang, ymd, now);
    if (relative) out.add(relative);
    // Within the past week a weekday names the date ("Mon" on a Thursday is three days back).
    const back = (compareYmd(now, ymd) / 86_400_000) | 0;
    if (back >= 2 && back <= 6) out.add(weekdayName(lang, ymd));
  }
  return [...out];
}

/** Every way this module can print a time of day. */
export function timeSpellings(t: Hm): string[] {
  const out = new Set<string>();
  for (const lang of Object.keys(TIME_FORMATS) as Language[]) {
    for (const [, format] of TIME_FORMATS[lang]) out.add(format(t));
  }
  return [...out];
}
