/**
 * Calendar buckets for the spending chart, on `YYYY-MM-DD` strings: the dates on a receipt are
 * calendar days with no time zone, so the arithmetic is done in UTC where no day is 23 hours.
 */
export const spendingPeriods = ["week", "month"] as const;
export type SpendingPeriod = (typeof spendingPeriods)[number];

const DAY_MS = 86_400_000;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of the period holding `day`: the ISO week's Monday, or the month's first. */
export function periodStart(day: string, period: SpendingPeriod): string {
  if (period === "month") return `${day.slice(0, 7)}-01`;
  const ms = toUtc(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return toDay(ms - weekday * DAY_MS);
}

/** The `count` period starts ending with the one starting at `last`, oldest first. */
export function periodsEndingAt(last: string, period: SpendingPeriod, count: number): string[] {
  const starts = [last];
  for (let i = 1; i < count; i++) {
    const previous = starts[0] as string;
    starts.unshift(period === "week" ? toDay(toUtc(previous) - 7 * DAY_MS) : previousMonth(previous));
  }
  return starts;
}

function previousMonth(start: string): string {
  const date = new Date(toUtc(start));
  date.setUTCMonth(date.getUTCMonth() - 1);
  return toDay(date.getTime());
}

/** Whether `text` is a real calendar day (`2026-02-30` is not). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = toUtc(text);
  return Number.isFinite(ms) && toDay(ms) === text;
}
