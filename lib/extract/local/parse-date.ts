/**
 * Dates in normalised text, English and Japanese: `2026年10月3日`, `2026/10/03`, `2026-10-03`,
 * `令和8年10月3日`, `R8.10.3`, `Oct 3, 2026`, `3 Oct 2026`, `10/12/2026`, and the year-less
 * `10/03`, `10月3日`, `Oct 3` whose year comes from the context (a month header, another date).
 */

/** One date found in a text. */
export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** True when the text had no year and it was taken from the context. */
  yearInferred: boolean;
  start: number;
  end: number;
  text: string;
}

/** What the surrounding page says about dates. */
export interface DateContext {
  /** The year to give a year-less date (from a month header or another date). */
  year?: number;
  /** The month of that header, to roll a later month back to the previous year. */
  month?: number;
  /** Read `10/12/2026` as 12 October (US English); false reads it as 10 December. */
  monthFirst?: boolean;
  /** Today, for year-less dates on a page without any year. */
  now?: Date;
  /**
   * The page writes dates year first (Japanese, Korean, Chinese): a year-less `03.03` or `12.28`
   * is a month and a day there, where amounts carry no decimals.
   */
  yearFirst?: boolean;
  /** The text stands under a list's month header: a day alone (`28日`, `28일`) is in its month. */
  underMonthHeader?: boolean;
}

/** A month and year standing alone, e.g. a list header `2026年10月` or `October 2026`. */
export interface MonthHeader {
  year: number;
  month: number;
  start: number;
  end: number;
}

/**
 * Month names and abbreviations in English, German and French, as printed (`Oct`, `Okt.`,
 * `März`, `févr.`, `juil.`), lower case and without accents where OCR drops them.
 */
const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janv: 1,
  janvier: 1,
  jän: 1,
  jänner: 1,
  feb: 2,
  february: 2,
  februar: 2,
  févr: 2,
  fevr: 2,
  février: 2,
  fevrier: 2,
  fév: 2,
  fev: 2,
  mar: 3,
  march: 3,
  mär: 3,
  märz: 3,
  // OCR drops the umlaut on thin print, as it does the accents of `fevr` and `aout`.
  marz: 3,
  maerz: 3,
  mrz: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juil: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  okt: 10,
  oktober: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  dez: 12,
  dezember: 12,
  déc: 12,
  décembre: 12,
  decembre: 12,
};
// Longest names first, so that `june` is not read as `jun` followed by `e`.
const MONTH_NAME = `(?:${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
/** First day of each imperial era, as the Gregorian year of era year 1. */
const ERAS: Record<string, number> = { 令和: 2019, R: 2019, 平成: 1989, H: 1989 };

/** Month number (1–12) of an English month name or abbreviation, or null. */
export function monthFromName(name: string): number | null {
  return MONTH_NAMES[name.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** Gregorian year of an imperial era year: 令和1 = 2019, 平成31 = 2019. `元` means year 1. */
export function eraToYear(era: string, yearInEra: string | number): number | null {
  const base = ERAS[era];
  if (base === undefined) return null;
  const n = yearInEra === "元" ? 1 : Number(yearInEra);
  return Number.isInteger(n) && n >= 1 ? base + n - 1 : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date in a plausible range for a screenshot. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` for the parts, without validation. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The year for a year-less month/day: the context year, rolled back one year when the month is
 * after the header's month (a `2026年1月` statement listing `12/28`); else today's year, rolled back
 * when the date would be more than a month in the future.
 */
export function inferYear(month: number, day: number, ctx: DateContext): number {
  if (ctx.year !== undefined) {
    return ctx.month !== undefined && month > ctx.month + 1 ? ctx.year - 1 : ctx.year;
  }
  const now = ctx.now ?? new Date();
  // `now` holds the uploader's wall clock in its UTC fields (docs/time-zones.md).
  const year = now.getUTCFullYear();
  // Never in the future of the reference date (a day of slack for time zones).
  return isFuture(year, month, day, now) ? year - 1 : year;
}

/** Words for today and yesterday in the app's languages, with their offset in days. */
const RELATIVE_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\btoday\b|今日|本日|오늘|\bheute\b|aujourd['’]hui|今天/i, 0],
  [/\byesterday\b|昨日|어제|\bgestern\b|\bhier\b|昨天/i, -1],
];

const HOUR_MS = 3_600_000;

/**
 * "Some time ago" in the app's languages: the number, then how many hours one of its units is.
 * `3h ago`, `5 min ago`, `2 days ago`, `3時間前`, `2일 전`, `vor 3 Std.`, `il y a 2 jours`, `3小時前`.
 */
const AGO: ReadonlyArray<readonly [RegExp, number]> = [
  [
    /\b(\d{1,2}) ?(?:m|mins?|minutes?) ago\b|(\d{1,2}) ?分前|(\d{1,2}) ?분 ?전|\bvor (\d{1,2}) ?min|\bil y a (\d{1,2}) ?min|(\d{1,2}) ?分鐘前/i,
    1 / 60,
  ],
  [
    /\b(\d{1,2}) ?(?:h|hrs?|hours?) ago\b|(\d{1,2}) ?時間前|(\d{1,2}) ?시간 ?전|\bvor (\d{1,2}) ?(?:std|stunden?)\b|\bil y a (\d{1,2}) ?h(?:eures?)?\b|(\d{1,2}) ?小時前/i,
    1,
  ],
  [
    /\b(\d{1,2}) ?(?:d|days?) ago\b|(\d{1,2}) ?日前|(\d{1,2}) ?일 ?전|\bvor (\d{1,2}) ?tag(?:en)?\b|\bil y a (\d{1,2}) ?jours?\b|(\d{1,2}) ?天前/i,
    24,
  ],
  [/\bjust now\b|たった今|방금|\bgerade eben\b|à l['’]instant|剛剛/i, 0],
];

/** Weekday names (Sunday first), standing for the latest such day before the reference date. */
const WEEKDAYS: ReadonlyArray<RegExp> = [
  /\b(?:sun(?:day)?|sonntag|so\.|dim(?:anche|\.))(?![a-z])|日曜日?|일요일|星期日|星期天|週日/i,
  /\b(?:mon(?:day)?|montag|mo\.|lun(?:di|\.))(?![a-z])|月曜日?|월요일|星期一|週一/i,
  /\b(?:tue(?:s(?:day)?)?|dienstag|di\.|mar(?:di|\.))(?![a-z])|火曜日?|화요일|星期二|週二/i,
  /\b(?:wed(?:nesday)?|mittwoch|mi\.|mer(?:credi|\.))(?![a-z])|水曜日?|수요일|星期三|週三/i,
  /\b(?:thu(?:rs(?:day)?)?|donnerstag|do\.|jeu(?:di|\.))(?![a-z])|木曜日?|목요일|星期四|週四/i,
  /\b(?:fri(?:day)?|freitag|fr\.|ven(?:dredi|\.))(?![a-z])|金曜日?|금요일|星期五|週五/i,
  /\b(?:sat(?:urday)?|samstag|sa\.|sam(?:edi|\.))(?![a-z])|土曜日?|토요일|星期六|週六/i,
];

function parsedDay(day: Date, m: RegExpExecArray): ParsedDate {
  const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  return {
    iso: isoDate(year, month, date),
    year,
    month,
    day: date,
    yearInferred: true,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  };
}

/**
 * A relative day resolved against the reference date, in its UTC calendar day: `Today`,
 * `Yesterday` (and `今日`, `어제`, `Gestern`, `Hier`, `昨天`), `3h ago` and its kin, or a weekday
 * name standing for the latest such day before it (`Mon` on a Thursday is three days back, as
 * lists write the past week). Null when the text has none.
 */
export function findRelativeDate(text: string, now: Date): ParsedDate | null {
  for (const [re, offset] of RELATIVE_DAYS) {
    const m = re.exec(text);
    if (m) return parsedDay(new Date(now.getTime() + offset * DAY_MS), m);
  }
  for (const [re, hours] of AGO) {
    const m = re.exec(text);
    if (!m) continue;
    const count = Number(m.slice(1).find((group) => group !== undefined) ?? 0);
    return parsedDay(new Date(now.getTime() - count * hours * HOUR_MS), m);
  }
  const today = new Date(now.getTime()).getUTCDay();
  for (const [weekday, re] of WEEKDAYS.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const back = (today - weekday + 7) % 7 || 7;
    return parsedDay(new Date(now.getTime() - back * DAY_MS), m);
  }
  return null;
}

type Raw = { year: number | null; month: number; day: number; start: number; end: number };
type Pattern = { re: RegExp; read: (m: RegExpExecArray, ctx: DateContext) => Omit<Raw, "start" | "end"> | null };

/** A weekday as Japanese, Korean and Chinese lists name it beside a day. */
const CJK_WEEKDAY =
  "(?:[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?|[週周][一二三四五六日]|星期[一二三四五六日天]|[一二三四五六日])";
/** A weekday written out, which needs no brackets (`土曜日`, `토요일`). */
const CJK_WEEKDAY_WORD = "(?:[月火水木金土日]曜日?|[월화수목금토일]요일)";
/** A weekday in English, German or French, short or long (`Fri`, `Freitag`, `Fr.`, `ven.`). */
const LATIN_WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:mo|di|mi|do|fr|sa|so)\.|(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|edi|anche)?\.?)(?![a-zà-ÿ])`;

const WEEKDAY_SUFFIX = String.raw`(?:\s?[(]\s?(?:[月火水木金土日](?:曜日?)?|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?[)])?`;

function num(s: string | undefined): number {
  return Number(s ?? Number.NaN);
}

/** Two-digit years are this century; receipts do not reach back to the 1900s. */
function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

// Order matters: patterns with a year come first so that `2026/10/03` is not read as `10/03`.
const PATTERNS: Pattern[] = [
  {
    // 令和8年10月3日, R8.10.3, 平成30年1月5日
    re: new RegExp(
      String.raw`(?<![A-Za-z])(令和|平成|R|H) ?(\d{1,2}|元) ?[年./] ?(\d{1,2}) ?[月./] ?(\d{1,2}) ?日?${WEEKDAY_SUFFIX}`,
      "gi",
    ),
    read: (m) => {
      const era = (m[1] ?? "").toUpperCase();
      const year = eraToYear(era, m[2] === "元" ? "元" : num(m[2]));
      return year === null ? null : { year, month: num(m[3]), day: num(m[4]) };
    },
  },
  {
    // 2026年10月3日(木); OCR reads the last 日 of small grey headers as 目, 曰 or 晶 now and then.
    re: new RegExp(String.raw`(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日目曰晶]${WEEKDAY_SUFFIX}`, "g"),
    read: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  {
    // 2026년 10월 3일 (Korean)
    re: /(?<!\d)(\d{4}) ?년 ?(\d{1,2}) ?월 ?(\d{1,2}) ?일/g,
    read: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  {
    // 2026/10/03, 2026-10-03, 2026.10.03
    re: new RegExp(String.raw`(?<![\d.])(\d{4}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?![\d])${WEEKDAY_SUFFIX}`, "g"),
    read: (m) => ({ year: num(m[1]), month: num(m[3]), day: num(m[4]) }),
  },
  {
    // Oct 3, 2026 / October 3rd 2026 / Thu, Oct 3, 2026
    re: new RegExp(String.raw`\b(${MONTH_NAME}) ?(\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})\b`, "gi"),
    read: (m) => {
      const month = monthFromName(m[1] ?? "");
      return month === null ? null : { year: num(m[3]), month, day: num(m[2]) };
    },
  },
  {
    // 3 Oct 2026 / 3rd October, 2026 / 3. Oktober 2026 / 1er mars 2026 / 25/FEB/2017 / 13MAR18
    re: new RegExp(
      String.raw`(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|\.)?[ /-]?(${MONTH_NAME})(?:,? ?|[/-])(\d{4}|\d{2})(?![\d:])`,
      "gi",
    ),
    read: (m) => {
      const month = monthFromName(m[2] ?? "");
      return month === null ? null : { year: fullYear(num(m[3])), month, day: num(m[1]) };
    },
  },
  {
    // 10/12/2026: month first in US English, day first otherwise, and whichever is valid.
    re: /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/g,
    // Dots with the year last (`02.03.2026`) are written day first wherever they are written.
    read: (m, ctx) =>
      dayMonthOrder(num(m[1]), num(m[3]), num(m[4]), m[2] === "." ? { ...ctx, monthFirst: false } : ctx),
  },
  {
    // 26/10/03 (Japanese YY/MM/DD), 10/03/26 (US MM/DD/YY) or 03-10-26 (day first elsewhere):
    // the page's order decides, and a reading that cannot be a date gives way to one that can.
    re: /(?<![\d/.-])(?<!\d:)(\d{2})([/.-])(\d{2})\2(\d{2})(?![\d/.:-])/g,
    read: (m, ctx) => shortYearDate(num(m[1]), num(m[3]), num(m[4]), ctx),
  },
  {
    // 10月3日(木)
    re: new RegExp(String.raw`(?<!\d)(\d{1,2}) ?月 ?(\d{1,2}) ?日${WEEKDAY_SUFFIX}`, "g"),
    read: (m) => ({ year: null, month: num(m[1]), day: num(m[2]) }),
  },
  {
    // 10월 3일 (Korean)
    re: /(?<!\d)(\d{1,2}) ?월 ?(\d{1,2}) ?일/g,
    read: (m) => ({ year: null, month: num(m[1]), day: num(m[2]) }),
  },
  {
    // Oct 3 / October 3rd (no year follows)
    re: new RegExp(String.raw`\b(${MONTH_NAME}) ?(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`, "gi"),
    read: (m) => {
      const month = monthFromName(m[1] ?? "");
      return month === null ? null : { year: null, month, day: num(m[2]) };
    },
  },
  {
    // 3 Oct / 3. Okt. / 1er mars
    // (and 28-Nov, 28NOV as Malaysian and Singaporean statements print their booking days)
    re: new RegExp(String.raw`(?<![\d.,])(\d{1,2})(?:(?:st|nd|rd|th|er|\.)? |-)?(${MONTH_NAME})(?![a-zà-ÿ])`, "gi"),
    read: (m) => {
      const month = monthFromName(m[2] ?? "");
      return month === null ? null : { year: null, month, day: num(m[1]) };
    },
  },
  {
    // 10/03 or 10/03(木): month first, as Japanese, Korean and US English write it; day first
    // where the page's locale says so (`06/10` in a Malaysian wallet is 6 October).
    re: new RegExp(String.raw`(?<![\d/.,:¥$€£+-])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)${WEEKDAY_SUFFIX}`, "g"),
    read: (m, ctx) => {
      const { month, day } = dayMonthOrder(num(m[1]), num(m[2]), 0, ctx);
      return { year: null, month, day };
    },
  },
  {
    // 03.03 or 12.28 on a year-first page (a Korean statement's day): month, dot, day.
    re: /(?<![\p{L}\d.,:$¥₩€£+-]\s?)(\d{1,2})\.(\d{2})(?![\p{L}\d.,%])/gu,
    read: (m, ctx) => (ctx.yearFirst === true ? { year: null, month: num(m[1]), day: num(m[2]) } : null),
  },
  {
    // 11-28 on a year-first page (a Japanese passbook's day): month, hyphen, day.
    re: /(?<![\p{L}\d.,:$¥₩€£+-]\s?)(\d{1,2})-(\d{2})(?![\p{L}\d.,%-])/gu,
    read: (m, ctx) => (ctx.yearFirst === true ? { year: null, month: num(m[1]), day: num(m[2]) } : null),
  },
  {
    // 03.03. (a German statement's booking day): day, dot, month, dot, no year.
    re: /(?<![\d.,:])(\d{1,2})\.(\d{1,2})\.(?![\d.,])/g,
    read: (m) => ({ year: null, month: num(m[2]), day: num(m[1]) }),
  },
  {
    // 28(土), 28 (토), 28 Fri, Fri 28 under a month header: a day of its month, named with its weekday.
    re: new RegExp(
      String.raw`(?<![\d年년/.,:$¥₩€£+-] ?)(\d{1,2})\.? ?(?:[(（] ?${CJK_WEEKDAY} ?[)）]|${CJK_WEEKDAY_WORD}|${LATIN_WEEKDAY})|${LATIN_WEEKDAY},? (\d{1,2})(?![\d/.:,]\d)`,
      "giu",
    ),
    read: (m, ctx) =>
      ctx.underMonthHeader && ctx.month !== undefined ? { year: null, month: ctx.month, day: num(m[1] ?? m[2]) } : null,
  },
  {
    // 28日(金), 28일 under a month header (statements of ja-JP and ko-KR): the header's month.
    // Never a span of days (`3日前`, `2일 전`, `3日間`).
    re: new RegExp(String.raw`(?<![\d月월] ?)(\d{1,2}) ?[日일](?! ?(?:前|間|전|동안))${WEEKDAY_SUFFIX}`, "g"),
    read: (m, ctx) =>
      ctx.underMonthHeader && ctx.month !== undefined ? { year: null, month: ctx.month, day: num(m[1]) } : null,
  },
];

/**
 * A date with a two-digit year, `a/b/c`: day first where the page says so (`monthFirst: false`),
 * else year first when `a` cannot be a month (`26/10/03`), else month first. When that reading is
 * no date, or lies in the future of the reference date, the first other reading that fits wins.
 */
function shortYearDate(a: number, b: number, c: number, ctx: DateContext) {
  const dmy = { year: fullYear(c), month: b, day: a };
  const ymd = { year: fullYear(a), month: b, day: c };
  const mdy = { year: fullYear(c), month: a, day: b };
  const readings = ctx.monthFirst === false ? [dmy, ymd, mdy] : a > 12 ? [ymd, mdy, dmy] : [mdy, dmy, ymd];
  const fits = (r: { year: number; month: number; day: number }) =>
    isValidDate(r.year, r.month, r.day) && !isFuture(r.year, r.month, r.day, ctx.now);
  return readings.find(fits) ?? readings[0] ?? null;
}

/** True when a date lies after the reference date (a day of slack for time zones). */
export function isFuture(year: number, month: number, day: number, now: Date | undefined): boolean {
  if (!now) return false;
  return Date.UTC(year, month - 1, day) > now.getTime() + DAY_MS;
}

const DAY_MS = 86_400_000;

function dayMonthOrder(first: number, second: number, year: number, ctx: DateContext) {
  const monthFirst = ctx.monthFirst !== false;
  // When one reading is impossible (a 13th month) the other one is the only choice.
  if (first > 12 && second <= 12) return { year, month: second, day: first };
  if (second > 12 && first <= 12) return { year, month: first, day: second };
  return monthFirst ? { year, month: first, day: second } : { year, month: second, day: first };
}

/**
 * Every date in a normalised text, left to right. Year-less dates get their year from the
 * context (see `inferYear`) and are flagged `yearInferred`.
 */
export function findDates(text: string, ctx: DateContext = {}): ParsedDate[] {
  const taken: Array<[number, number]> = [];
  const found: ParsedDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const raw = pattern.read(m as RegExpExecArray, ctx);
      if (!raw) continue;
      const yearInferred = raw.year === null;
      const year = raw.year ?? inferYear(raw.month, raw.day, ctx);
      if (!isValidDate(year, raw.month, raw.day)) continue;
      taken.push([start, end]);
      found.push({
        iso: isoDate(year, raw.month, raw.day),
        year,
        month: raw.month,
        day: raw.day,
        yearInferred,
        start,
        end,
        text: m[0].trim(),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in a text, or null. */
export function parseDate(text: string, ctx: DateContext = {}): ParsedDate | null {
  return findDates(text, ctx)[0] ?? null;
}

const MONTH_HEADER_PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => [number, number] | null }> = [
  // 2026年10月 (not followed by a day), 2026年10月分
  { re: /(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?月(?! ?\d{1,2} ?日)/g, read: (m) => [num(m[1]), num(m[2])] },
  // 2026년 10월 (Korean, not followed by a day)
  { re: /(?<!\d)(\d{4}) ?년 ?(\d{1,2}) ?월(?! ?\d{1,2} ?일)/g, read: (m) => [num(m[1]), num(m[2])] },
  // 民國114年10月, 114年10月: the Republic of China's years, three digits since 2011
  {
    re: /(?:民國 ?)?(?<!\d)(\d{3}) ?年 ?(\d{1,2}) ?月(?! ?\d{1,2} ?日)/g,
    read: (m) => [num(m[1]) + 1911, num(m[2])],
  },
  // 令和8年10月
  {
    re: /(令和|平成) ?(\d{1,2}|元) ?年 ?(\d{1,2}) ?月(?! ?\d{1,2} ?日)/g,
    read: (m) => {
      const year = eraToYear(m[1] ?? "", m[2] === "元" ? "元" : num(m[2]));
      return year === null ? null : [year, num(m[3])];
    },
  },
  // October 2026, Oct. 2026
  {
    // A day before the month (`3 Oct 2026`) makes it a full date, not a header.
    re: new RegExp(String.raw`(?<!\d(?:st|nd|rd|th)? ?)\b(${MONTH_NAME}),? ?(\d{4})\b`, "gi"),
    read: (m) => {
      const month = monthFromName(m[1] ?? "");
      return month === null ? null : [num(m[2]), month];
    },
  },
  // 2026/10 alone (not the start of a full date)
  { re: /(?<![\d/.])(\d{4}) ?[/.-] ?(\d{1,2})(?![\d/.-])/g, read: (m) => [num(m[1]), num(m[2])] },
];

/**
 * A month-and-year header in a text (`2026年10月`, `October 2026`, `2026/10`), the context that
 * gives year-less list dates their year. Returns null when the text holds a full date instead.
 */
export function findMonthHeader(text: string): MonthHeader | null {
  for (const { re, read } of MONTH_HEADER_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const parts = read(m as RegExpExecArray);
      if (!parts) continue;
      const [year, month] = parts;
      if (year < 1990 || year > 2100 || month < 1 || month > 12) continue;
      return { year, month, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}
