import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";
import {
  type DateContext,
  eraToYear,
  findDates,
  findMonthHeader,
  findRelativeDate,
  inferYear,
  isValidDate,
  parseDate,
} from "./parse-date";

const en: DateContext = { monthFirst: true, year: 2026, month: 10 };
const ja: DateContext = { year: 2026, month: 10 };

function iso(text: string, ctx: DateContext = {}): string | null {
  return parseDate(normaliseText(text), ctx)?.iso ?? null;
}

describe("parseDate with a year", () => {
  it.each([
    ["2026年10月3日", "2026-10-03"],
    ["2026年10月3日(木)", "2026-10-03"],
    ["2026 年 10 月 3 日", "2026-10-03"],
    ["２０２６年１０月３日", "2026-10-03"],
    ["2026/10/03", "2026-10-03"],
    ["2026/10/03 14:05", "2026-10-03"],
    ["2026-10-03", "2026-10-03"],
    ["2026.10.03", "2026-10-03"],
    ["2O26/1O/O3", "2026-10-03"],
    ["令和8年10月3日", "2026-10-03"],
    ["令和元年5月1日", "2019-05-01"],
    ["R8.10.3", "2026-10-03"],
    ["平成30年1月5日", "2018-01-05"],
    ["Oct 3, 2026", "2026-10-03"],
    ["October 3rd, 2026", "2026-10-03"],
    ["Thu, Oct 3, 2026 8:42 AM", "2026-10-03"],
    ["Sep 28, 2026, 1:05 PM", "2026-09-28"],
    ["3 Oct 2026", "2026-10-03"],
    ["3rd October 2026", "2026-10-03"],
    ["26/10/03", "2026-10-03"],
  ])("%s → %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("reads slashed day/month/year in the page's order", () => {
    expect(iso("10/12/2026", { monthFirst: true })).toBe("2026-10-12");
    expect(iso("10/12/2026", { monthFirst: false })).toBe("2026-12-10");
    // 25 cannot be a month, so the order is clear either way.
    expect(iso("25/12/2026", { monthFirst: true })).toBe("2026-12-25");
  });
});

describe("parseDate without a year", () => {
  it.each([
    ["10/03", "2026-10-03"],
    ["１０/０３", "2026-10-03"],
    ["10月3日", "2026-10-03"],
    ["10月3日(金)", "2026-10-03"],
    ["Oct 3", "2026-10-03"],
    ["Thu, Oct 3", "2026-10-03"],
    ["3 Oct", "2026-10-03"],
  ])("%s → %s from the context", (text, expected) => {
    const found = parseDate(normaliseText(text), ja);
    expect(found?.iso).toBe(expected);
    expect(found?.yearInferred).toBe(true);
  });

  it("rolls a later month back to the previous year under a January header", () => {
    expect(iso("12/28", { year: 2026, month: 1 })).toBe("2025-12-28");
    expect(iso("1/05", { year: 2026, month: 1 })).toBe("2026-01-05");
  });

  it("uses today's year when the page has none", () => {
    expect(iso("10/03", { now: new Date(2026, 10, 20) })).toBe("2026-10-03");
    // A date far in the future is last year's.
    expect(iso("12/30", { now: new Date(2026, 0, 5) })).toBe("2025-12-30");
  });
});

describe("not dates", () => {
  it.each(["¥1,280", "$12.45", "14:05", "10%", "13/45", "2026/13/01", "2026/02/30", "0/12"])("%s", (text) => {
    expect(findDates(normaliseText(text), en)).toEqual([]);
  });
});

describe("findDates", () => {
  it("finds several dates with their spans", () => {
    const text = "照会期間 2026/09/20~2026/10/31";
    const found = findDates(text, ja);
    expect(found.map((d) => d.iso)).toEqual(["2026-09-20", "2026-10-31"]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe("2026/09/20");
  });
  it("reads a two-digit-year date glued to its label's colon, but not a time's seconds", () => {
    expect(findDates("Date :28/04/18", { monthFirst: false }).map((d) => d.iso)).toEqual(["2018-04-28"]);
    expect(findDates("12:30:28/04/18", { monthFirst: false })).toHaveLength(0);
  });
  it("does not read a full date as a year-less one too", () => {
    expect(findDates("2026/10/03", ja)).toHaveLength(1);
  });
});

describe("findMonthHeader", () => {
  it.each([
    ["2026年10月", 2026, 10],
    ["2026年9月", 2026, 9],
    ["2026年10月のご利用", 2026, 10],
    ["October 2026", 2026, 10],
    ["Oct 2026", 2026, 10],
    ["2026/10", 2026, 10],
    ["令和8年10月", 2026, 10],
  ])("%s → %d-%d", (text, year, month) => {
    expect(findMonthHeader(text)).toMatchObject({ year, month });
  });
  it.each(["2026年10月3日", "3 Oct 2026", "2026/10/03", "Oct 3, 2026"])("%s is a full date, not a header", (text) => {
    expect(findMonthHeader(text)).toBeNull();
  });
});

describe("helpers", () => {
  it("converts eras", () => {
    expect(eraToYear("令和", 1)).toBe(2019);
    expect(eraToYear("令和", "元")).toBe(2019);
    expect(eraToYear("R", 8)).toBe(2026);
    expect(eraToYear("平成", 31)).toBe(2019);
    expect(eraToYear("昭和", 60)).toBeNull();
  });
  it("validates calendar dates", () => {
    expect(isValidDate(2028, 2, 29)).toBe(true);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2026, 4, 31)).toBe(false);
  });
  it("infers years", () => {
    expect(inferYear(10, 3, { year: 2026, month: 10 })).toBe(2026);
    expect(inferYear(12, 3, { year: 2026, month: 2 })).toBe(2025);
  });
  it("reads the reference's year on its own calendar, whatever the server's zone", () => {
    // `now` carries the uploader's wall clock in its UTC fields: New Year's morning in Tokyo.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(inferYear(1, 1, { now: new Date("2027-01-01T03:00:00Z") })).toBe(2027);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("receipt dates from many locales", () => {
  const dmy: DateContext = { monthFirst: false };
  const now = new Date("2019-06-01T00:00:00Z");
  it.each([
    ["09/02/2018", dmy, "2018-02-09"],
    ["23/12/17", dmy, "2017-12-23"],
    ["12-01-19", { ...dmy, now }, "2019-01-12"],
    ["11.02.18", dmy, "2018-02-11"],
    ["25/FEB/2017", dmy, "2017-02-25"],
    ["13MAR18", dmy, "2018-03-13"],
    ["13 MAR 2018", dmy, "2018-03-13"],
    ["3. Oktober 2026", dmy, "2026-10-03"],
    ["1er mars 2026", dmy, "2026-03-01"],
    ["12 déc. 2025", dmy, "2025-12-12"],
    ["2026년 10월 3일", {}, "2026-10-03"],
    ["10/03/26", { monthFirst: true }, "2026-10-03"],
  ])("%s → %s", (text, ctx, expected) => {
    expect(parseDate(normaliseText(text), ctx)?.iso).toBe(expected);
  });

  it("takes the other reading of a two-digit year when the page's order gives a future date", () => {
    // 30 cannot be a month: the day-first page still reads it month first.
    expect(parseDate("11/30/19", { monthFirst: false, now: new Date("2020-01-01") })?.iso).toBe("2019-11-30");
    // Month first would be 5 December 2019, after the upload: day first fits.
    expect(parseDate("05/04/19", { monthFirst: true, now })?.iso).toBe("2019-05-04");
    expect(parseDate("12/05/19", { monthFirst: true, now })?.iso).toBe("2019-05-12");
  });

  it("gives a year-less date the year that keeps it out of the future", () => {
    expect(parseDate("Dec 3", { now })?.iso).toBe("2018-12-03");
    expect(parseDate("May 30", { now })?.iso).toBe("2019-05-30");
    expect(inferYear(6, 2, { now })).toBe(2019);
    expect(inferYear(6, 3, { now })).toBe(2018);
  });
});

describe("findRelativeDate", () => {
  const now = new Date("2026-03-01T10:00:00Z");
  it.each([
    ["Today 8:42", "2026-03-01"],
    ["Yesterday", "2026-02-28"],
    ["今日 12:00", "2026-03-01"],
    ["昨日", "2026-02-28"],
    ["오늘", "2026-03-01"],
    ["어제", "2026-02-28"],
    ["Heute", "2026-03-01"],
    ["Gestern, 14:10", "2026-02-28"],
    ["Aujourd'hui", "2026-03-01"],
    ["Hier à 9h", "2026-02-28"],
    ["今天", "2026-03-01"],
    ["昨天", "2026-02-28"],
  ])("%s → %s", (text, expected) => {
    expect(findRelativeDate(text, now)?.iso).toBe(expected);
  });
  it("finds nothing in other text", () => {
    expect(findRelativeDate("Total $5.00", now)).toBeNull();
  });
});

describe("year-less day/month", () => {
  const now = new Date("2026-10-08T12:00:00Z");
  it("reads 06/10 day first where the page is day-first, month first otherwise", () => {
    expect(parseDate("06/10", { monthFirst: false, now })?.iso).toBe("2026-10-06");
    expect(parseDate("06/10", { monthFirst: true, now })?.iso).toBe("2026-06-10");
  });
  it("takes the only possible reading whatever the page's order", () => {
    expect(parseDate("25/09", { monthFirst: true, now })?.iso).toBe("2026-09-25");
  });
});

describe("relative dates in lists", () => {
  // Thursday 8 October 2026, 13:20 UTC.
  const now = new Date("2026-10-08T13:20:00Z");
  it.each([
    ["3h ago", "2026-10-08"],
    ["15h ago", "2026-10-07"],
    ["2 days ago", "2026-10-06"],
    ["5分前", "2026-10-08"],
    ["2일 전", "2026-10-06"],
    ["vor 2 Tagen", "2026-10-06"],
    ["il y a 3 jours", "2026-10-05"],
    ["Mon", "2026-10-05"],
    ["Thursday", "2026-10-01"],
    ["火曜日", "2026-10-06"],
    ["월요일", "2026-10-05"],
    ["星期二", "2026-10-06"],
    ["just now", "2026-10-08"],
  ])("%s → %s", (text, iso) => {
    expect(findRelativeDate(text, now)?.iso).toBe(iso);
  });
  it("does not take a month for a weekday", () => {
    expect(findRelativeDate("10月3日", now)).toBeNull();
    expect(findRelativeDate("Monzo Bank", now)).toBeNull();
  });
});

describe("CJK dates OCR misread", () => {
  it("reads a header whose 日 came back as 晶", () => {
    expect(parseDate("2026年1月23晶")?.iso).toBe("2026-01-23");
  });
});

describe("a German month whose umlaut OCR dropped", () => {
  it("reads `12. Marz 2024` as March", () => {
    expect(findDates("Bestellt am: 12. Marz 2024").map((d) => d.iso)).toEqual(["2024-03-12"]);
  });
});
